/** Placeholder until its issue is built: the staff app's shell mounts this component. */
export function PrintableReport() {
  return <p>The printable evaluation report (issue 7) is not built yet.</p>;
}
