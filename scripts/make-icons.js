// Draws the app icons (a white pulse line on teal) as PNGs with no image library: run once, commit the output.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
const crc32 = (buf) => {
	let c = 0xffffffff;
	for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const td = Buffer.concat([Buffer.from(type), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(td));
	return Buffer.concat([len, td, crc]);
};

// Pulse line in unit coordinates (0..1): flat, up-spike, down-spike, flat.
const pulse = [
	[0.12, 0.55],
	[0.36, 0.55],
	[0.44, 0.3],
	[0.54, 0.75],
	[0.62, 0.45],
	[0.68, 0.55],
	[0.88, 0.55]
];
function distToSegment(px, py, [ax, ay], [bx, by]) {
	const dx = bx - ax;
	const dy = by - ay;
	const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
	return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function icon(size, { maskable }) {
	const rows = [];
	const scale = maskable ? 0.7 : 1; // keep the line inside the maskable safe zone
	for (let y = 0; y < size; y++) {
		const row = Buffer.alloc(1 + size * 4);
		for (let x = 0; x < size; x++) {
			const u = 0.5 + ((x + 0.5) / size - 0.5) / scale;
			const v = 0.5 + ((y + 0.5) / size - 0.5) / scale;
			let d = Infinity;
			for (let i = 0; i < pulse.length - 1; i++) d = Math.min(d, distToSegment(u, v, pulse[i], pulse[i + 1]));
			const r = Math.min(x, size - 1 - x) < size * 0.18 && Math.min(y, size - 1 - y) < size * 0.18 ? 0 : 1;
			const corner =
				!maskable &&
				r === 0 &&
				Math.hypot(Math.min(x, size - 1 - x) - size * 0.18, Math.min(y, size - 1 - y) - size * 0.18) >
					size * 0.18;
			const line = d < 0.045;
			const [R, G, B] = line ? [255, 255, 255] : [15, 118, 110];
			row.set([R, G, B, corner ? 0 : 255], 1 + x * 4);
		}
		rows.push(row);
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr.set([8, 6, 0, 0, 0], 8);
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(Buffer.concat(rows))),
		chunk('IEND', Buffer.alloc(0))
	]);
}

writeFileSync('static/icons/icon-192.png', icon(192, { maskable: false }));
writeFileSync('static/icons/icon-512.png', icon(512, { maskable: false }));
writeFileSync('static/icons/icon-maskable-512.png', icon(512, { maskable: true }));
writeFileSync('static/icons/apple-touch-icon.png', icon(180, { maskable: true }));
writeFileSync(
	'static/favicon.svg',
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="#0f766e"/><polyline points="12,55 36,55 44,30 54,75 62,45 68,55 88,55" fill="none" stroke="#fff" stroke-width="9" stroke-linejoin="round" stroke-linecap="round"/></svg>\n`
);
console.log('icons written');
