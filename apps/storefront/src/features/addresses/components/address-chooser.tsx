import { useState } from 'react';
import Button from 'antd-mobile/es/components/button';
import Popup from 'antd-mobile/es/components/popup';
import { useTranslation } from 'react-i18next';
import { MAX_ADDRESSES, type AddressView } from '@bangfu/contracts';
import { LoadError, Loading } from '../../../components/query-status';
import type { ChosenAddress } from '../use-chosen-address';
import { AddressCard } from './address-card';
import { AddressEditor } from './address-editor';

/** The checkout's address block: the chosen address, another from the book, or a new one added on the spot. */
export function AddressChooser({ addresses, address, choose }: ChosenAddress) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const [editing, setEditing] = useState<AddressView | 'new' | null>(null);
  const items = addresses.data?.items ?? [];

  const addNew = () => {
    setPicking(false);
    setEditing('new');
  };

  return (
    <section className="section address-chooser">
      <h2>{t('addresses.title')}</h2>
      {addresses.isPending ? (
        <Loading />
      ) : addresses.isError ? (
        <LoadError error={addresses.error} onRetry={() => void addresses.refetch()} />
      ) : address ? (
        <button type="button" className="address-chosen" onClick={() => setPicking(true)}>
          <AddressCard address={address} />
          <span className="address-chosen-change">{t('addresses.change')} ›</span>
        </button>
      ) : (
        <Button block color="primary" fill="outline" onClick={addNew}>
          + {t('addresses.add')}
        </Button>
      )}
      <Popup visible={picking} onMaskClick={() => setPicking(false)} onClose={() => setPicking(false)} bodyClassName="sheet">
        <h2>{t('addresses.choose')}</h2>
        <ul className="address-list">
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className={item.id === address?.id ? 'address-option address-option-chosen' : 'address-option'}
                aria-pressed={item.id === address?.id}
                onClick={() => {
                  choose(item.id);
                  setPicking(false);
                }}
              >
                <AddressCard address={item} />
              </button>
            </li>
          ))}
        </ul>
        <Button block color="primary" fill="outline" disabled={items.length >= MAX_ADDRESSES} onClick={addNew}>
          + {t('addresses.add')}
        </Button>
      </Popup>
      <AddressEditor editing={editing} onClose={() => setEditing(null)} onSaved={(saved) => choose(saved.id)} />
    </section>
  );
}
