import { createHash } from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from './security-headers';

/**
 * A pre-rendered page (decision 0039) is readable from its HTML and styles alone, so its scripts
 * wait until it has painted (decision 0042): on a slow link the entry, the screen's chunks and the
 * texts (~30 KB) no longer share the bandwidth with the stylesheets the first paint waits for, and
 * a cheap phone's CPU parses them after the text is on screen, not before.
 *
 * The shell's entry `<script type="module">` and the route's modulepreloads become one inline
 * script at the end of the body. It runs once the stylesheets are in (a parser-inserted script
 * waits for them), waits two frames (the second starts after the first has painted), then adds the
 * preloads and the entry as the shell would have. A hidden tab gets no frames: a timeout loads them
 * anyway. The page's CSP allows this one script by its hash, nothing else inline.
 *
 * Until the app is live its buttons do nothing, so the loader keeps the last one tapped (links
 * work already; a submit button keeps the form's own submission) and taps it again once main.tsx
 * drops `data-prerendered`: the app renders over the same nodes, so it is the same button.
 */
export const AFTER_PAINT_LOADER =
  '(function(s){var d=s.dataset,h=document.head,app=document.getElementById("app"),tap,done=0;' +
  'function add(e,k,v){e.crossOrigin="";e[k]=v;h.appendChild(e)}' +
  'function go(){if(done++)return;' +
  'd.preloads.split(" ").forEach(function(u){if(u){var l=document.createElement("link");l.rel="modulepreload";add(l,"href",u)}});' +
  'var e=document.createElement("script");e.type="module";add(e,"src",d.entry)}' +
  'document.addEventListener("click",function(v){var b=v.target.closest&&v.target.closest("button[type=button]");' +
  'if(b&&app.hasAttribute("data-prerendered")){tap=b;v.preventDefault()}},true);' +
  'new MutationObserver(function(m,o){if(!app.hasAttribute("data-prerendered")){o.disconnect();if(tap&&tap.isConnected)tap.click()}})' +
  '.observe(app,{attributes:true,attributeFilter:["data-prerendered"]});' +
  'requestAnimationFrame(function(){requestAnimationFrame(go)});setTimeout(go,1000)})(document.currentScript)';

const LOADER_HASH = `'sha256-${createHash('sha256').update(AFTER_PAINT_LOADER).digest('base64')}'`;

/** The page policy plus the loader's hash: script-src must then be written out ('self' as before). */
export const AFTER_PAINT_CSP = `${CONTENT_SECURITY_POLICY}; script-src 'self' ${LOADER_HASH}`;

const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/** The shell with its entry script moved into the after-paint loader, with the route's chunks. */
export function scriptsAfterPaint(shell: string, preloads: readonly string[]): string {
  const entry = ENTRY_SCRIPT.exec(shell)?.[1];
  if (!entry) throw new Error('after-paint: the shell has no <script type="module" crossorigin src="…"> entry to move');
  if (!shell.includes('</body>')) throw new Error('after-paint: the shell has no </body> to put the loader before');
  const loader = `<script data-entry="${entry}" data-preloads="${preloads.join(' ')}">${AFTER_PAINT_LOADER}</script>`;
  return shell.replace(ENTRY_SCRIPT, '').replace('</body>', () => `${loader}</body>`);
}
