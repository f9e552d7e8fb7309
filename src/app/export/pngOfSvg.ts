/**
 * A standalone SVG drawn to a PNG at twice its size, for print: loaded as an image from a local
 * Blob URL (the page's CSP allows `blob:` images, and nothing else from outside), drawn on a
 * white canvas and encoded.
 */

/** Print wants more pixels than a screen: every export is drawn at 2×. */
export const PNG_SCALE = 2;

export async function pngOfSvg(svgText: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * PNG_SCALE);
    canvas.height = Math.round(height * PNG_SCALE);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('No 2D canvas here.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob === null ? reject(new Error('PNG failed')) : resolve(blob)),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
