/**
 * What every runtime core runs in (browsers, the service worker, Node) has but lib ES2022 does not
 * name. Only core's tsconfig includes this file: the other runtimes get the full types from their own
 * lib (DOM, WebWorker, @types/node). Declare only what core uses.
 */

interface URLSearchParams {
  get(name: string): string | null;
  set(name: string, value: string): void;
  toString(): string;
  [Symbol.iterator](): IterableIterator<[string, string]>;
}

// eslint-disable-next-line no-var -- a global object, declared as lib.dom.d.ts declares it
declare var URLSearchParams: {
  prototype: URLSearchParams;
  new (init?: string | Record<string, string>): URLSearchParams;
};

interface TextDecoder {
  decode(input?: Uint8Array): string;
}

// eslint-disable-next-line no-var -- a global object, declared as lib.dom.d.ts declares it
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};
