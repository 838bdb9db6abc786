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
 * preloads and the entry as the shell would have, each in a task of its own: starting a request
 * costs the main thread ~0.5–1.5 ms, and the finder's 23 in one task made one 40–60 ms task. A hidden tab gets no frames: a timeout loads them
 * anyway. The page's CSP allows this one script by its hash, nothing else inline.
 *
 * Until the app is live nothing a person does may be lost. The loader keeps what they typed or
 * ticked and their last tap on a button, an in-app link or a form's submission (held back: the
 * app acts on it, and counts it: a checker's first answer is a link whose tap counts the start), and
 * once main.tsx drops `data-prerendered` it puts the values back (the app's first render resets its
 * fields; an input event tells the app) and, once the app has rendered that (a task later), taps or
 * submits again. The app renders over the same nodes, so these are the same elements. A held link
 * is followed anyway if the app is not live 3 s later; links to another page of another origin,
 * to a place in this page, or opened in a new tab are left to the browser.
 */
export const AFTER_PAINT_LOADER =
  '(function(s){var d=s.dataset,h=document.head,app=document.getElementById("app"),act,kept=[],done=0;' +
  'function early(){return app.hasAttribute("data-prerendered")}' +
  'function add(e,k,v){e.crossOrigin="";e[k]=v;h.appendChild(e)}' +
  'function go(){if(done++)return;' +
  'd.preloads.split(" ").forEach(function(u){if(u)setTimeout(function(){var l=document.createElement("link");l.rel="modulepreload";add(l,"href",u)})});' +
  'setTimeout(function(){var e=document.createElement("script");e.type="module";add(e,"src",d.entry)})}' +
  'function on(n,f){document.addEventListener(n,function(v){if(early())f(v.target,v)},true)}' +
  'on("click",function(t,v){var a=t.closest&&t.closest("a[href],button[type=button]");if(!a)return;' +
  'if(a.tagName=="A"){if(v.button||v.ctrlKey||v.metaKey||v.shiftKey||v.altKey||a.target||a.hasAttribute("download")' +
  '||a.origin!=location.origin||(a.pathname==location.pathname&&a.search==location.search))return;' +
  'setTimeout(function(){if(early()&&act===a)location.assign(a.href)},3000)}' +
  'act=a;v.preventDefault()});' +
  'on("submit",function(t,v){act=t;v.preventDefault()});' +
  'on("input",function(t){kept=kept.filter(function(k){return k[0]!==t});kept.push([t,t.value,t.checked])});' +
  'new MutationObserver(function(m,o){if(early())return;o.disconnect();' +
  'kept.forEach(function(k){var e=k[0];if(!e.isConnected)return;' +
  'if(e.type=="checkbox"||e.type=="radio"){if(e.checked!=k[2])e.click()}' +
  'else if(e.value!=k[1]){e.value=k[1];e.dispatchEvent(new Event("input",{bubbles:true}))}});' +
  'setTimeout(function(){if(act&&act.isConnected){if(act.tagName!="FORM")act.click();else if(act.requestSubmit)act.requestSubmit();' +
  'else act.dispatchEvent(new Event("submit",{bubbles:true,cancelable:true}))}})})' +
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
