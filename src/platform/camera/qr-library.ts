// html5-qrcode (about 110 kB gzip), for browsers without BarcodeDetector. Imported only with
// import('./qr-library'), so it is its own chunk, named `qr-library`: vite.config.ts puts it in
// assets/on-demand/, which the precache leaves out (cached on first use instead).
export { Html5Qrcode, Html5QrcodeSupportedFormats } from 'html5-qrcode';
