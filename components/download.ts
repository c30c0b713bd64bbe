/** Saves `body` as a file through the browser's download, without any request. */
export function download(name: string, type: string, body: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([body], { type }));
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}
