import Tag from 'antd-mobile/es/components/tag';
import { useTranslation } from 'react-i18next';
import type { AddressView } from '@bangfu/contracts';

/** Who receives it and where, as a courier's label reads. */
export function AddressCard({ address }: { address: AddressView }) {
  const { t } = useTranslation();
  return (
    <div className="address-card">
      <div className="address-card-who">
        <strong>{address.name}</strong>
        <span>{address.phone}</span>
        {address.isDefault && (
          <Tag color="primary" fill="outline">
            {t('addresses.default')}
          </Tag>
        )}
      </div>
      <div className="address-card-where">
        {address.province} {address.city} {address.district} {address.detail}
      </div>
    </div>
  );
}
