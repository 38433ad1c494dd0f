/**
 * A one-line progress bar on stderr for long CLI work (rebuild, export, import, integrity check).
 * On a terminal it redraws in place; in a log it prints a line every 10%.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const width = 30;
  let lastDecile = -1;
  let lastDraw = 0;
  return {
    update(ratio: number, detail: string) {
      const clamped = Math.max(0, Math.min(1, ratio));
      const percent = Math.floor(clamped * 100);
      if (stream.isTTY) {
        const now = Date.now();
        if (now - lastDraw < 100 && clamped < 1) return;
        lastDraw = now;
        const filled = Math.round(clamped * width);
        stream.write(
          `\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${detail}`,
        );
      } else if (Math.floor(percent / 10) > lastDecile) {
        lastDecile = Math.floor(percent / 10);
        stream.write(`${label} ${percent}% ${detail}\n`);
      }
    },
    done(summary: string) {
      if (stream.isTTY) stream.write('\n');
      stream.write(`${label} ✓ ${summary}\n`);
    },
  };
}
