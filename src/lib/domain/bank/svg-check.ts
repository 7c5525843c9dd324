/**
 * Build-time check of an SVG figure kept beside a bank: well-formed XML, a plain static drawing, and nothing that
 * runs or reaches outside the file — no <script>, no on* handlers, no <foreignObject>, no animation, no external
 * href/xlink:href/url() (only '#…' fragments), no <image> other than an embedded raster, no DOCTYPE/entities, no
 * processing instructions. Returns the problems (with line numbers) and, when there are none, the SVG text to
 * inline: the XML declaration, comments and <metadata> removed. Pure: the caller reads the file.
 */

export interface SvgProblem {
	readonly line: number;
	readonly message: string;
}
export interface SvgCheck {
	readonly problems: SvgProblem[];
	/** The text to inline, or null when there are problems. */
	readonly svg: string | null;
}

export const MAX_SVG_BYTES = 200_000;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Static SVG drawing elements. Anything else (HTML, scripts, animation, editor elements) is refused. */
const ALLOWED = new Set(
	[
		'svg',
		'g',
		'defs',
		'symbol',
		'use',
		'title',
		'desc',
		'metadata',
		'style',
		'path',
		'rect',
		'circle',
		'ellipse',
		'line',
		'polyline',
		'polygon',
		'text',
		'tspan',
		'textPath',
		'linearGradient',
		'radialGradient',
		'stop',
		'pattern',
		'clipPath',
		'mask',
		'marker',
		'image',
		'filter',
		'feBlend',
		'feColorMatrix',
		'feComponentTransfer',
		'feComposite',
		'feFlood',
		'feFuncA',
		'feFuncB',
		'feFuncG',
		'feFuncR',
		'feGaussianBlur',
		'feMerge',
		'feMergeNode',
		'feMorphology',
		'feOffset',
		'feDropShadow'
	].map((n) => n.toLowerCase())
);
const EXPLAINED: Readonly<Record<string, string>> = {
	script: '<script> is not allowed',
	foreignobject: '<foreignObject> is not allowed (it can hold HTML)',
	set: 'animation elements (<set>) are not allowed: figures are static',
	animate: 'animation elements (<animate>) are not allowed: figures are static',
	animatemotion: 'animation elements (<animateMotion>) are not allowed: figures are static',
	animatetransform: 'animation elements (<animateTransform>) are not allowed: figures are static',
	a: 'links (<a>) are not allowed in a figure'
};
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
const NAME = /[A-Za-z_][\w.:-]*/y;
const EMBEDDED_RASTER = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$/;

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1).toLowerCase();

/** `url(...)` targets inside CSS or an attribute value that are not '#fragment' references. */
function externalUrls(css: string): string[] {
	return [...css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)]
		.map((m) => m[2] ?? '')
		.filter((u) => !u.startsWith('#'));
}

function cssProblems(css: string): string[] {
	const out = externalUrls(css).map((u) => `url(${u}) points outside the file (only url(#id) is allowed)`);
	if (/@import/i.test(css)) out.push('@import is not allowed');
	if (/expression\s*\(|javascript:/i.test(css)) out.push('script in CSS is not allowed');
	return out;
}

export function checkSvg(text: string): SvgCheck {
	const problems: SvgProblem[] = [];
	const cut: [number, number][] = [];
	const lineAt = (i: number) => text.slice(0, i).split('\n').length;
	const problem = (at: number, message: string) => problems.push({ line: lineAt(at), message });

	if (new TextEncoder().encode(text).length > MAX_SVG_BYTES)
		return {
			problems: [{ line: 1, message: `larger than ${MAX_SVG_BYTES / 1000} kB; simplify or optimise it` }],
			svg: null
		};

	const stack: { name: string; at: number }[] = [];
	let roots = 0;
	let inMetadata = 0;
	let metadataStart = -1;
	let styleText = '';
	let i = 0;

	const checkText = (from: number, to: number) => {
		const chunk = text.slice(from, to);
		if (stack.length === 0 && chunk.trim()) problem(from, 'text outside the <svg> element');
		for (let k = chunk.indexOf('&'); k >= 0; k = chunk.indexOf('&', k + 1)) {
			ENTITY.lastIndex = k;
			if (!ENTITY.test(chunk))
				problem(from + k, 'a bare "&" (write &amp;), or an entity XML does not define');
		}
		if (stack.at(-1)?.name === 'style') styleText += chunk;
	};

	if (text.charCodeAt(0) === 0xfeff) i = 1;
	// The XML declaration only: `<?xml-stylesheet` is a processing instruction, refused below.
	if (/^<\?xml\s/.test(text.slice(i, i + 6))) {
		const end = text.indexOf('?>', i);
		if (end < 0) return { problems: [{ line: 1, message: 'unclosed XML declaration' }], svg: null };
		cut.push([0, end + 2]);
		i = end + 2;
	}

	while (i < text.length) {
		const lt = text.indexOf('<', i);
		if (lt < 0) {
			checkText(i, text.length);
			break;
		}
		checkText(i, lt);
		if (text.startsWith('<!--', lt)) {
			const end = text.indexOf('-->', lt + 4);
			if (end < 0) {
				problem(lt, 'unclosed comment');
				break;
			}
			cut.push([lt, end + 3]);
			i = end + 3;
			continue;
		}
		if (text.startsWith('<![CDATA[', lt)) {
			const end = text.indexOf(']]>', lt);
			if (end < 0) {
				problem(lt, 'unclosed CDATA section');
				break;
			}
			if (stack.at(-1)?.name === 'style') styleText += text.slice(lt + 9, end);
			i = end + 3;
			continue;
		}
		if (text.startsWith('<!', lt)) {
			problem(lt, 'DOCTYPE and ENTITY declarations are not allowed');
			const end = text.indexOf('>', lt);
			i = end < 0 ? text.length : end + 1;
			continue;
		}
		if (text.startsWith('<?', lt)) {
			problem(lt, 'processing instructions (such as xml-stylesheet) are not allowed');
			const end = text.indexOf('?>', lt);
			i = end < 0 ? text.length : end + 2;
			continue;
		}
		if (text.startsWith('</', lt)) {
			NAME.lastIndex = lt + 2;
			const m = NAME.exec(text);
			const end = text.indexOf('>', lt);
			if (!m || end < 0 || text.slice(NAME.lastIndex, end).trim()) {
				problem(lt, 'malformed end tag');
				break;
			}
			const name = localName(m[0]);
			const open = stack.pop();
			if (!open || open.name !== name) {
				problem(lt, open ? `</${m[0]}> closes <${open.name}>` : `</${m[0]}> has no start tag`);
				break;
			}
			if (name === 'style') {
				for (const message of cssProblems(styleText)) problem(open.at, message);
				styleText = '';
			}
			if (name === 'metadata' && --inMetadata === 0) cut.push([metadataStart, end + 1]);
			i = end + 1;
			continue;
		}
		const parsed = startTag(text, lt);
		if (!parsed.ok) {
			problem(lt, parsed.message);
			break;
		}
		const { qualified, attributes, selfClosing, end } = parsed;
		const name = localName(qualified);
		if (stack.length === 0) {
			roots++;
			if (roots > 1) problem(lt, 'more than one root element');
			else if (name !== 'svg') problem(lt, `the root element is <${qualified}>, not <svg>`);
			else {
				if (attributes.get('xmlns') !== SVG_NS) problem(lt, `the <svg> element needs xmlns="${SVG_NS}"`);
				if (!attributes.has('viewBox')) problem(lt, 'the <svg> element needs a viewBox, so it scales');
			}
		}
		if (inMetadata === 0) {
			if (qualified.includes(':') && !qualified.startsWith('svg:'))
				problem(lt, `editor element <${qualified}> is not allowed: save as plain SVG`);
			else if (EXPLAINED[name]) problem(lt, EXPLAINED[name]);
			else if (!ALLOWED.has(name)) problem(lt, `<${qualified}> is not an SVG drawing element`);
		} else if (name === 'script' || name === 'foreignobject') problem(lt, EXPLAINED[name]!);
		for (const message of attributeProblems(name, attributes)) problem(lt, message);
		if (name === 'metadata' && !selfClosing && inMetadata++ === 0) metadataStart = lt;
		if (!selfClosing) stack.push({ name, at: lt });
		i = end;
	}
	if (problems.length === 0 && stack.length) problem(text.length, `<${stack.at(-1)!.name}> is never closed`);
	if (problems.length === 0 && roots === 0) problem(1, 'no <svg> element');
	if (problems.length) return { problems, svg: null };
	let svg = '';
	let from = 0;
	for (const [a, b] of cut.sort((x, y) => x[0] - y[0])) {
		if (a < from) continue;
		svg += text.slice(from, a);
		from = b;
	}
	svg += text.slice(from);
	return { problems, svg: svg.trim() };
}

type StartTag =
	| { ok: true; qualified: string; attributes: Map<string, string>; selfClosing: boolean; end: number }
	| { ok: false; message: string };

function startTag(text: string, lt: number): StartTag {
	NAME.lastIndex = lt + 1;
	const m = NAME.exec(text);
	if (!m) return { ok: false, message: 'a "<" that does not start a tag (write &lt;)' };
	const attributes = new Map<string, string>();
	let i = NAME.lastIndex;
	for (;;) {
		const space = /\s*/y;
		space.lastIndex = i;
		space.exec(text);
		const hadSpace = space.lastIndex > i;
		i = space.lastIndex;
		if (text.startsWith('/>', i))
			return { ok: true, qualified: m[0], attributes, selfClosing: true, end: i + 2 };
		if (text[i] === '>') return { ok: true, qualified: m[0], attributes, selfClosing: false, end: i + 1 };
		if (!hadSpace) return { ok: false, message: `malformed tag <${m[0]}>` };
		NAME.lastIndex = i;
		const attr = NAME.exec(text);
		if (!attr) return { ok: false, message: `malformed attribute in <${m[0]}>` };
		const eq = /\s*=\s*(["'])/y;
		eq.lastIndex = NAME.lastIndex;
		const q = eq.exec(text);
		if (!q) return { ok: false, message: `attribute ${attr[0]} of <${m[0]}> needs a quoted value` };
		const close = text.indexOf(q[1]!, eq.lastIndex);
		if (close < 0) return { ok: false, message: `unclosed value of attribute ${attr[0]}` };
		const value = text.slice(eq.lastIndex, close);
		if (value.includes('<')) return { ok: false, message: `"<" inside attribute ${attr[0]} (write &lt;)` };
		for (let k = value.indexOf('&'); k >= 0; k = value.indexOf('&', k + 1)) {
			ENTITY.lastIndex = k;
			if (!ENTITY.test(value))
				return { ok: false, message: `a bare "&" in attribute ${attr[0]} (write &amp;)` };
		}
		if (attributes.has(attr[0])) return { ok: false, message: `attribute ${attr[0]} appears twice` };
		attributes.set(attr[0], value);
		i = close + 1;
	}
}

function attributeProblems(element: string, attributes: ReadonlyMap<string, string>): string[] {
	const out: string[] = [];
	for (const [qualified, raw] of attributes) {
		const name = localName(qualified);
		const value = raw.replace(/&#x?[0-9a-f]+;/gi, '?').trim();
		if (name.startsWith('on')) out.push(`event handler ${qualified} is not allowed`);
		else if (name === 'href') {
			if (element === 'image') {
				if (!EMBEDDED_RASTER.test(value))
					out.push(
						`<image> may only embed a PNG, JPEG, GIF or WebP as a data: URI, not ${value.slice(0, 60)}`
					);
			} else if (!value.startsWith('#'))
				out.push(`${qualified}="${value.slice(0, 60)}" points outside the file (only #id is allowed)`);
		} else if (/javascript:/i.test(value)) out.push(`${qualified} contains javascript:`);
		else out.push(...cssProblems(value).map((m) => `${qualified}: ${m}`));
	}
	return out;
}
