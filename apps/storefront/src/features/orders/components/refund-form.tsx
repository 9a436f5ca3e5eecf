import { useState } from 'react';
import Button from 'antd-mobile/es/components/button';
import Popup from 'antd-mobile/es/components/popup';
import Stepper from 'antd-mobile/es/components/stepper';
import TextArea from 'antd-mobile/es/components/text-area';
import Toast from 'antd-mobile/es/components/toast';
import { useTranslation } from 'react-i18next';
import { RefundRequestCreate, type OrderDetail } from '@bangfu/contracts';
import { ErrorText } from '../../../components/error-text';
import { useRequestRefund } from '../api/request-refund';
import { usePhotoUploads } from '../api/upload-photos';
import { RefundPhotoPicker } from './refund-photo-picker';

interface RefundFormProps {
  order: OrderDetail;
  visible: boolean;
  onClose: () => void;
}

/** Asks for money back: a reason, photos if the shopper has them, and how many of each line (all of them unless changed). */
export function RefundForm({ order, visible, onClose }: RefundFormProps) {
  const { t } = useTranslation();
  const refund = useRequestRefund(order.id);
  const uploads = usePhotoUploads();
  const refundable = order.lines.filter((l) => l.quantity > l.refundedQuantity);
  const [reason, setReason] = useState('');
  const [quantities, setQuantities] = useState<Record<number, number>>(() =>
    Object.fromEntries(refundable.map((l) => [l.id, l.quantity - l.refundedQuantity])),
  );
  const [invalid, setInvalid] = useState<'nothingChosen' | 'stillUploading' | 'fixFailed' | 'reasonRequired' | null>(null);
  // A complaint about the photos goes once they have finished or the failed one is gone.
  const settled = (invalid === 'stillUploading' && !uploads.uploading) || (invalid === 'fixFailed' && !uploads.failed);

  const submit = () => {
    const chosen = refundable.map((l) => ({ lineId: l.id, quantity: quantities[l.id] ?? 0, max: l.quantity - l.refundedQuantity }));
    if (chosen.every((c) => c.quantity === 0)) return setInvalid('nothingChosen');
    if (uploads.uploading) return setInvalid('stillUploading');
    if (uploads.failed) return setInvalid('fixFailed');
    const everything = chosen.every((c) => c.quantity === c.max);
    const body = RefundRequestCreate.safeParse({
      reason: reason.trim(),
      photos: uploads.paths,
      lines: everything ? undefined : chosen.filter((c) => c.quantity > 0).map(({ lineId, quantity }) => ({ lineId, quantity })),
    });
    if (!body.success) return setInvalid('reasonRequired');
    setInvalid(null);
    refund.mutate(body.data, {
      onSuccess: () => {
        Toast.show({ icon: 'success', content: t('orders.refundForm.sent') });
        onClose();
      },
    });
  };

  return (
    <Popup visible={visible} onMaskClick={onClose} onClose={onClose} bodyClassName="refund-popup" destroyOnClose>
      <h2>{t('orders.refundForm.title')}</h2>
      <p className="muted order-no">{t('orders.no', { no: order.orderNo })}</p>
      <label className="field-label" htmlFor="refund-reason">
        {t('orders.refundForm.reason')}
      </label>
      <TextArea
        id="refund-reason"
        value={reason}
        onChange={(value) => {
          setReason(value);
          setInvalid(null);
        }}
        placeholder={t('orders.refundForm.reasonPlaceholder')}
        maxLength={500}
        showCount
        autoSize={{ minRows: 3, maxRows: 5 }}
      />
      <RefundPhotoPicker uploads={uploads} />
      <p className="field-label">{t('orders.refundForm.lines')}</p>
      {refundable.map((line) => (
        <div key={line.id} className="refund-line">
          <span>
            {line.productName} <small className="muted">{line.skuSpec}</small>
          </span>
          <Stepper
            min={0}
            max={line.quantity - line.refundedQuantity}
            digits={0}
            value={quantities[line.id] ?? 0}
            onChange={(value) => {
              setQuantities((q) => ({ ...q, [line.id]: value }));
              setInvalid(null);
            }}
          />
        </div>
      ))}
      {invalid && !settled && (
        <p className="form-error" role="alert">
          {t(`orders.refundForm.${invalid}`)}
        </p>
      )}
      {refund.isError && <ErrorText error={refund.error} />}
      <Button block color="primary" size="large" loading={refund.isPending} onClick={submit}>
        {t('orders.refundForm.submit')}
      </Button>
    </Popup>
  );
}
