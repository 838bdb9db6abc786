/**
 * The browser's own BarcodeDetector (Android Chrome, macOS/iOS Safari 17+...). Not in TypeScript's
 * DOM types yet, so its small surface is declared here. Everything stays on the device.
 */
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource | ImageBitmap | Blob): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options?: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

let cached: Promise<BarcodeDetectorLike | undefined> | undefined;

/** A QR-capable native detector, or undefined when the browser has none (then html5-qrcode is loaded). */
export function nativeQrDetector(): Promise<BarcodeDetectorLike | undefined> {
  cached ??= (async () => {
    const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
    if (!Detector) return undefined;
    try {
      const formats = await Detector.getSupportedFormats();
      return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : undefined;
    } catch {
      return undefined;
    }
  })();
  return cached;
}

export type { BarcodeDetectorLike };
