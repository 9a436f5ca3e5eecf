import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SearchIcon } from '../../../components/icons';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useSuggest } from '../api/suggest';

interface SearchBoxProps {
  initialValue?: string;
  /** Called with the trimmed words when the shopper presses search or picks "search for …". */
  onSearch: (q: string) => void;
}

/**
 * A search field that suggests product names while typing; a suggestion opens its product. A plain search input:
 * the phone's keyboard offers its search key, and the home page needs no input library to show it.
 */
export function SearchBox({ initialValue = '', onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState(initialValue);
  const [open, setOpen] = useState(false);
  const typed = useDebouncedValue(value, 200);
  // Only while the field is in use: words a search page opened with are not asked about until the shopper edits them.
  const suggest = useSuggest(open ? typed : '');
  const items = suggest.data?.items ?? [];
  const text = value.trim();

  const search = (q: string) => {
    setOpen(false);
    onSearch(q.trim());
  };

  return (
    <div className="search-box">
      <form
        role="search"
        className="search-field"
        onSubmit={(event) => {
          event.preventDefault();
          search(value);
        }}
      >
        <SearchIcon />
        <input
          type="search"
          enterKeyHint="search"
          value={value}
          placeholder={t('search.placeholder')}
          aria-label={t('search.placeholder')}
          maxLength={100}
          onChange={(event) => {
            setValue(event.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
      </form>
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
