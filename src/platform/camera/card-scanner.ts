import { CameraError, cameraProblemOf } from './camera-errors';
import { nativeQrDetector } from './native-detector';

/**
 * Reads a QR code from the camera or from a photo, on the device. Uses the browser's
 * BarcodeDetector where it exists; html5-qrcode (a large library) is loaded only where it does
 * not, on first use. The decoded text is handed to the caller and kept nowhere else.
 */
export interface CameraScan {
  stop(): Promise<void>;
}

const SCAN_EVERY_MS = 250;

/** Starts the back camera inside `container` and calls `onText` with each QR code seen. */
export async function startCameraScan(container: HTMLElement, onText: (text: string) => void): Promise<CameraScan> {
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('no-camera');
  const detector = await nativeQrDetector();
  if (!detector) return startWithLibrary(container, onText);

  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (e) {
    throw new CameraError(cameraProblemOf(e));
  }
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.setAttribute('aria-hidden', 'true');
  video.srcObject = stream;
  container.append(video);
  let stopped = false;
  const stop = async () => {
    stopped = true;
    stream.getTracks().forEach((t) => t.stop());
    video.remove();
  };
  try {
    await video.play();
  } catch (e) {
    await stop();
    throw new CameraError(cameraProblemOf(e));
  }
  const tick = async () => {
    if (stopped) return;
    try {
      const [code] = await detector.detect(video);
      if (code && !stopped) onText(code.rawValue);
    } catch {
      // A frame that cannot be read (not ready yet): try the next one.
    }
    if (!stopped) setTimeout(() => void tick(), SCAN_EVERY_MS);
  };
  void tick();
  return { stop };
}

async function startWithLibrary(container: HTMLElement, onText: (text: string) => void): Promise<CameraScan> {
  const { Html5Qrcode, Html5QrcodeSupportedFormats } = await import('./qr-library');
  container.id ||= 'card-qr-camera';
  const scanner = new Html5Qrcode(container.id, { verbose: false, formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE] });
  try {
    await scanner.start(
      { facingMode: 'environment' },
      { fps: 8, qrbox: 240 },
      (text) => onText(text),
      () => undefined,
    );
  } catch (e) {
    try {
      scanner.clear();
    } catch {
      // Nothing was started, so nothing to clear.
    }
    throw new CameraError(cameraProblemOf(e));
  }
  return {
    async stop() {
      try {
        await scanner.stop();
      } finally {
        scanner.clear();
      }
    },
  };
}

/** The QR code's text in a photo, or undefined when the photo holds no readable QR code. */
export async function readQrFromImage(file: Blob): Promise<string | undefined> {
  const detector = await nativeQrDetector();
  if (detector) {
    try {
      const bitmap = await createImageBitmap(file);
      const [code] = await detector.detect(bitmap);
      bitmap.close();
      if (code) return code.rawValue;
    } catch {
      // Fall through to the library: some browsers detect from video but not from bitmaps.
    }
  }
  const { Html5Qrcode, Html5QrcodeSupportedFormats } = await import('./qr-library');
  // The library wants an element id even to read a file; a hidden one is added and removed.
  const holder = document.createElement('div');
  holder.id = `card-qr-file-${Date.now()}`;
  holder.hidden = true;
  document.body.append(holder);
  const scanner = new Html5Qrcode(holder.id, { verbose: false, formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE] });
  try {
    const asFile = file instanceof File ? file : new File([file], 'card.png', { type: file.type || 'image/png' });
    return await scanner.scanFile(asFile, false);
  } catch {
    return undefined;
  } finally {
    scanner.clear();
    holder.remove();
  }
}
