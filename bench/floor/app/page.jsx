// prerendered at build time: what serving a static page costs
export default function Static() {
  return (
    <main>
      <h1>Static floor</h1>
    </main>
  );
}
