import { useState } from 'react';
import SearchBar from 'antd-mobile/es/components/search-bar';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useSuggest } from '../api/suggest';

interface SearchBoxProps {
  initialValue?: string;
  /** Called with the trimmed words when the shopper presses search or picks "search for …". */
  onSearch: (q: string) => void;
}

/** A search bar that suggests product names while typing; a suggestion opens its product. */
export function SearchBox({ initialValue = '', onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState(initialValue);
  const [open, setOpen] = useState(false);
  const typed = useDebouncedValue(value, 200);
  const suggest = useSuggest(typed);
  const items = suggest.data?.items ?? [];
  const text = value.trim();

  const search = (q: string) => {
    setOpen(false);
    onSearch(q.trim());
  };

  return (
    <div className="search-box">
      <SearchBar
        value={value}
        placeholder={t('search.placeholder')}
        onChange={(next) => {
          setValue(next);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onSearch={search}
        onClear={() => setOpen(false)}
        aria-label={t('search.placeholder')}
      />
      {open && text && (
        <ul className="suggestions" role="listbox" aria-label={t('search.suggestions')}>
          <li role="option" aria-selected={false} onMouseDown={(e) => e.preventDefault()} onClick={() => search(text)}>
            {t('search.searchFor', { q: text })}
          </li>
          {items.map((item) => (
            <li
              key={item.id}
              role="option"
              aria-selected={false}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                setOpen(false);
                void navigate(`/products/${item.id}`);
              }}
            >
              {item.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
