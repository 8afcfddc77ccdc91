import { useState } from 'react';
import { DataSource, DossierStatus, KpiCard, ProcedureGuide, ProcedureSearch, RatingForm } from 'hcc-widgets/react';

type Lang = 'vi' | 'en';

const TEXT = {
  vi: {
    title: 'Trung tâm Phục vụ Hành chính công thành phố Hạ Long',
    language: 'Ngôn ngữ',
    search: 'Tìm thủ tục',
    guide: 'Hướng dẫn thủ tục',
    status: 'Tra cứu hồ sơ',
    results: 'Kết quả giải quyết',
    rating: 'Đánh giá mức độ hài lòng',
    stored: (n: number) => `Đã lưu ${n} đánh giá trên thiết bị này.`,
    chosen: (code: string) => `Đang xem thủ tục ${code}.`,
  },
  en: {
    title: 'Hạ Long City Public Administration Service Centre',
    language: 'Language',
    search: 'Find a procedure',
    guide: 'Procedure guide',
    status: 'Check a dossier',
    results: 'Results',
    rating: 'Rate our service',
    stored: (n: number) => `${n} rating(s) stored on this device.`,
    chosen: (code: string) => `Showing procedure ${code}.`,
  },
} as const;

/**
 * A centre's page in React: the widgets are React components (`hcc-widgets/react`), props become
 * element properties, events arrive as typed `on…` callbacks.
 */
export function App({ api }: { api: string }) {
  const [lang, setLang] = useState<Lang>('vi');
  const [code, setCode] = useState('1.001193');
  const [stored, setStored] = useState(0);
  const t = TEXT[lang];

  return (
    <div lang={lang} className="page">
      <header className="top">
        <h1>{t.title}</h1>
        <nav aria-label={t.language}>
          {(['vi', 'en'] as const).map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)}>
              {l === 'vi' ? 'Tiếng Việt' : 'English'}
            </button>
          ))}
        </nav>
      </header>
      <DataSource api={api}>
        <main className="grid">
          <section aria-labelledby="h-search">
            <h2 id="h-search">{t.search}</h2>
            <ProcedureSearch
              selectedCode={code}
              onProcedureSelect={(e) => {
                // Handled here: show the guide beside the search instead of following a link.
                e.preventDefault();
                setCode(e.detail.code);
              }}
            />
          </section>
          <section aria-labelledby="h-guide">
            <h2 id="h-guide">{t.guide}</h2>
            <p className="note" role="status">{t.chosen(code)}</p>
            <ProcedureGuide procedureCode={code} ephemeral />
          </section>
          <section aria-labelledby="h-results">
            <h2 id="h-results">{t.results}</h2>
            <KpiCard metric="onTimeRate" period="this-month" unitId="hl-tthcc" />
          </section>
          <section aria-labelledby="h-status">
            <h2 id="h-status">{t.status}</h2>
            <DossierStatus />
          </section>
          <section aria-labelledby="h-rating">
            <h2 id="h-rating">{t.rating}</h2>
            <RatingForm unitId="hl-tthcc" counterId="hl-tthcc-q01" onRatingStored={() => setStored((n) => n + 1)} />
            <p className="note" role="status">{t.stored(stored)}</p>
          </section>
        </main>
      </DataSource>
    </div>
  );
}
