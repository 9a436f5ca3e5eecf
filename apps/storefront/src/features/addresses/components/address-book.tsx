import { useState } from 'react';
import Button from 'antd-mobile/es/components/button';
import Dialog from 'antd-mobile/es/components/dialog';
import Toast from 'antd-mobile/es/components/toast';
import { useTranslation } from 'react-i18next';
import { MAX_ADDRESSES, type AddressView } from '@bangfu/contracts';
import { useErrorMessage } from '@bangfu/ui';
import { EmptyState, LoadError, Loading } from '../../../components/query-status';
import { useAddresses } from '../api/get-addresses';
import { useDeleteAddress } from '../api/delete-address';
import { useSaveAddress } from '../api/save-address';
import { AddressCard } from './address-card';
import { AddressEditor } from './address-editor';

/** The shopper's addresses: the default first, each to edit, delete or make the default. */
export function AddressBook() {
  const { t } = useTranslation();
  const addresses = useAddresses();
  const [editing, setEditing] = useState<AddressView | 'new' | null>(null);
  if (addresses.isPending) return <Loading />;
  if (addresses.isError) return <LoadError error={addresses.error} onRetry={() => void addresses.refetch()} />;
  const { items } = addresses.data;
  const full = items.length >= MAX_ADDRESSES;
  return (
    <div className="address-book">
      {items.length === 0 ? (
        <EmptyState title={t('addresses.empty')} />
      ) : (
        <ul className="address-list">
          {items.map((address) => (
            <li key={address.id} className="address-item">
              <AddressCard address={address} />
              <AddressActions address={address} onEdit={() => setEditing(address)} />
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <Button block color="primary" size="large" disabled={full} onClick={() => setEditing('new')}>
          {t('addresses.add')}
        </Button>
        {full && <p className="muted">{t('addresses.full', { max: MAX_ADDRESSES })}</p>}
      </div>
      <AddressEditor editing={editing} onClose={() => setEditing(null)} />
    </div>
  );
}

function AddressActions({ address, onEdit }: { address: AddressView; onEdit: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const save = useSaveAddress();
  const remove = useDeleteAddress();
  const failed = (error: unknown) => void Toast.show({ content: errorMessage(error) });
  const makeDefault = () => {
    const { id, updatedAt: _updatedAt, ...input } = address;
    save.mutate({ id, address: { ...input, isDefault: true } }, { onError: failed });
  };
  const confirmRemove = async () => {
    const confirmed = await Dialog.confirm({ content: t('addresses.removeConfirm'), confirmText: t('addresses.remove') });
    if (confirmed) remove.mutate(address.id, { onSuccess: () => void Toast.show({ content: t('addresses.removed') }), onError: failed });
  };
  return (
    <div className="address-actions">
      {!address.isDefault && (
        <Button size="small" fill="none" loading={save.isPending} onClick={makeDefault}>
          {t('addresses.setDefault')}
        </Button>
      )}
      <Button size="small" fill="none" onClick={onEdit}>
        {t('addresses.editAction')}
      </Button>
      <Button size="small" fill="none" color="danger" loading={remove.isPending} onClick={() => void confirmRemove()}>
        {t('addresses.remove')}
      </Button>
    </div>
  );
}
