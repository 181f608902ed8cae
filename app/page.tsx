export default function Home() {
  return <h1 className="text-2xl font-semibold">ATT&amp;CK ↔ CCM knowledge base</h1>;
}
