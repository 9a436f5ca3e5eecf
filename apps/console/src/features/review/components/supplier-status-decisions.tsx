import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SupplierAdminView } from '@bangfu/contracts';
import { useSetSupplierStatus } from '../api/set-supplier-status';
import type { DecisionState, ReviewDecision } from './decision-dialog';

/** Suspending an active supplier, or reinstating a suspended one; a lapsed certificate is renewed by application instead. */
export function useSupplierStatusDecisions(): { decisionsOf: (supplier: SupplierAdminView) => ReviewDecision[]; state: DecisionState } {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const change = useSetSupplierStatus();
  const decisionsOf = (s: SupplierAdminView): ReviewDecision[] => {
    const to = s.status === 'active' ? 'suspended' : s.status === 'suspended' ? 'active' : null;
    if (to === null) return [];
    const word = to === 'suspended' ? 'suspend' : 'reinstate';
    return [
      {
        key: word,
        asks: 'reason',
        danger: to === 'suspended',
        primary: to === 'active',
        label: t(`review.suppliers.${word}`),
        title: t(`review.suppliers.${word}Title`, { id: s.id }),
        intro: t(`review.suppliers.${word}Text`, { name: s.name }),
        submit: (reason, done) =>
          change.mutate(
            { id: s.id, to, reason },
            {
              onSuccess: () => {
                void message.success(t(to === 'suspended' ? 'review.suppliers.suspended' : 'review.suppliers.reinstated'));
                done();
              },
            },
          ),
      },
    ];
  };
  return { decisionsOf, state: change };
}
