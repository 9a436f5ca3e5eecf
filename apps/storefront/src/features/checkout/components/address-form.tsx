import { Form, Input, TextArea } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { ShippingAddress } from '@bangfu/contracts';

type Field = keyof ShippingAddress;
type FormInstance = ReturnType<typeof Form.useForm>[0];

/** The contract's own rules (ShippingAddress), with a message per field in the shopper's language. */
function useRule(field: Field) {
  const { t } = useTranslation();
  return {
    validator: async (_rule: unknown, value: unknown) => {
      const text = typeof value === 'string' ? value.trim() : '';
      if (!ShippingAddress.shape[field].safeParse(text).success) throw new Error(t(`checkout.invalid.${field}`));
    },
  };
}

export function AddressForm({ form, initial }: { form: FormInstance; initial: ShippingAddress | null }) {
  const { t } = useTranslation();
  const rules = {
    name: useRule('name'),
    phone: useRule('phone'),
    province: useRule('province'),
    city: useRule('city'),
    district: useRule('district'),
    detail: useRule('detail'),
  };
  return (
    <Form form={form} layout="horizontal" initialValues={initial ?? undefined} className="address-form">
      <Form.Header>{t('checkout.address')}</Form.Header>
      <Form.Item name="name" label={t('checkout.recipient')} rules={[rules.name]}>
        <Input placeholder={t('checkout.recipientPlaceholder')} maxLength={30} autoComplete="name" clearable />
      </Form.Item>
      <Form.Item name="phone" label={t('common.phone')} rules={[rules.phone]}>
        <Input type="tel" inputMode="numeric" maxLength={11} placeholder={t('checkout.phonePlaceholder')} autoComplete="tel" clearable />
      </Form.Item>
      <Form.Item name="province" label={t('checkout.province')} rules={[rules.province]}>
        <Input placeholder={t('checkout.provincePlaceholder')} maxLength={20} autoComplete="address-level1" />
      </Form.Item>
      <Form.Item name="city" label={t('checkout.city')} rules={[rules.city]}>
        <Input placeholder={t('checkout.cityPlaceholder')} maxLength={20} autoComplete="address-level2" />
      </Form.Item>
      <Form.Item name="district" label={t('checkout.district')} rules={[rules.district]}>
        <Input placeholder={t('checkout.districtPlaceholder')} maxLength={20} autoComplete="address-level3" />
      </Form.Item>
      <Form.Item name="detail" label={t('checkout.detail')} rules={[rules.detail]}>
        <TextArea placeholder={t('checkout.detailPlaceholder')} maxLength={120} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
    </Form>
  );
}
