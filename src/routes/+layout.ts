// A static, offline-first app: every route is a prerendered shell rendered in the browser.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';
