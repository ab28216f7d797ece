// Saves text or bytes, given in parts, as a file through a Blob and a temporary object URL, released once
// the browser has taken the download (revoking in the same task can cancel it in some browsers).
export function downloadFile(
  text: string | readonly BlobPart[],
  fileName: string,
  type: string,
): void {
  const url = URL.createObjectURL(
    new Blob(typeof text === 'string' ? [text] : [...text], { type }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}
