import { headers } from 'next/headers';

// rendered per request: reads a header, renders about 40 KB of HTML (a portal page's size)
export default async function Dynamic() {
  const language = (await headers()).get('accept-language') ?? 'en';
  const rows = Array.from({ length: 300 }, (_, i) => i);
  return (
    <main>
      <h1>Dynamic floor ({language})</h1>
      <ul>
        {rows.map((i) => (
          <li key={i} className="row">
            <a href={`/item/${i}`}>Appointment {i}</a> <span>on a day of the week, at a time, with someone</span>
          </li>
        ))}
      </ul>
    </main>
  );
}
