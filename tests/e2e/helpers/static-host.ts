// A plain static host over build/, as any web host would serve the app, with a switch that publishes a
// "new release" of the service worker (for the update-flow test).
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.svg': 'image/svg+xml'
};

export interface StaticHost {
	url: string;
	publishNewRelease(): void;
	close(): Promise<void>;
}

export async function startStaticHost(
	root = join(import.meta.dirname, '..', '..', '..', 'build')
): Promise<StaticHost> {
	let release = 1;
	const server: Server = createServer(async (req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
			/^(\.\.[/\\])+/,
			''
		);
		const candidates = path === '/' ? ['index.html'] : [path, `${path}.html`];
		for (const candidate of candidates) {
			try {
				let body: Buffer | string = await readFile(join(root, candidate));
				if (candidate === '/sw.js' && release > 1) body = `${body}\n// release ${release}\n`;
				res.writeHead(200, {
					'content-type': TYPES[extname(candidate)] ?? 'application/octet-stream',
					'cache-control': 'no-cache'
				});
				res.end(body);
				return;
			} catch {
				// try the next name
			}
		}
		res.writeHead(404).end('not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://localhost:${port}`,
		publishNewRelease: () => void release++,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
