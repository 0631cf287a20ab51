/** Placeholder until its issue is built: the staff app's shell mounts this component. */
export function BookingDesk() {
  return <p>The contact-centre booking desk (issue 6) is not built yet.</p>;
}
