import type { Plugin } from 'vite';

/**
 * Preact supports `dangerouslySetInnerHTML` by assigning to `innerHTML`, which Mozilla's
 * add-on linter rightly flags. We never use that prop, so our build turns both assignments
 * into `textContent`: the feature becomes harmless text and no `innerHTML` write remains.
 * The build fails if Preact's code changes shape, so an upgrade cannot bring it back quietly.
 */
export function noInnerHtmlPlugin(): Plugin {
  return {
    name: 'back-pain-explainer:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.m?js$|[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return null;
      const assignments = code.match(/\w+\.innerHTML=/g) ?? [];
      if (assignments.length !== 2) throw new Error(`no-inner-html: expected 2 innerHTML writes in ${id}, found ${assignments.length}`);
      return { code: code.replace(/(\w+)\.innerHTML=/g, '$1.textContent='), map: null };
    },
  };
}
