import { ResizeObserver as ResizeObserverPolyfill } from '@juggle/resize-observer';
import { decodeUtf8, encodeUtf8 } from './utf8';

/**
 * What the page needs and EdgeHTML 18 lacks beyond what core-js adds: TextDecoder and TextEncoder
 * (UTF-8), Blob#arrayBuffer, and ResizeObserver (Fluent UI's message bars measure themselves with
 * it, and would fail to render without it). Imported first by the page and by its reader thread, so it is in
 * place before any module that uses them is evaluated. Nothing is replaced where it exists.
 */
const scope = self as unknown as Record<string, unknown>;

function bytesOf(input?: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (input === undefined) return new Uint8Array(0);
  return ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
}

if (typeof scope.TextDecoder === 'undefined') {
  scope.TextDecoder = class {
    readonly encoding = 'utf-8';
    readonly fatal: boolean;
    readonly ignoreBOM: boolean;
    constructor(label = 'utf-8', options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
      if (!/^\s*(utf-?8|unicode-1-1-utf-8)\s*$/i.test(label)) throw new RangeError(`The encoding "${label}" is not supported`);
      this.fatal = !!options.fatal;
      this.ignoreBOM = !!options.ignoreBOM;
    }
    decode(input?: ArrayBuffer | ArrayBufferView): string {
      return decodeUtf8(bytesOf(input), this.fatal, this.ignoreBOM);
    }
  };
}

if (typeof scope.TextEncoder === 'undefined') {
  scope.TextEncoder = class {
    readonly encoding = 'utf-8';
    encode(text = ''): Uint8Array {
      return encodeUtf8(String(text));
    }
  };
}

if (typeof scope.ResizeObserver === 'undefined' && typeof window !== 'undefined') scope.ResizeObserver = ResizeObserverPolyfill;

if (typeof Blob !== 'undefined' && !Blob.prototype.arrayBuffer) {
  // A fetch Response reads any Blob (a File too) in every engine that has fetch.
  Blob.prototype.arrayBuffer = function (this: Blob) {
    return new Response(this).arrayBuffer();
  };
}
