import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface HomeStripProps {
  title: string;
  /** Where "more" leads: the full list the strip shows the start of. */
  moreTo?: string;
  children: ReactNode;
}

/** One strip of the home page under its heading; every strip is one of these, in the order HomePage lists them. */
export function HomeStrip({ title, moreTo, children }: HomeStripProps) {
  const { t } = useTranslation();
  return (
    <section className="section home-strip">
      <div className="home-strip-head">
        <h2>{title}</h2>
        {moreTo && (
          <Link to={moreTo} className="home-strip-more">
            {t('home.more')} ›
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}
