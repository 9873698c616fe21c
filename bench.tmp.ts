import { assess } from '@/rules'
const a: any = {"permit":"refugee","referenceSettlementDate":"2026-06-23","familyApplicationDate":"2026-06-23","arrivalDate":"2026-06-23","settlementDate":"2026-06-23"}
const r = assess(a, '2026-07-01')
console.log(r.missing, JSON.stringify(r.ifAnswered))
for (const d of ['1900-01-01','1950-01-01','2020-12-29','2020-12-30','2020-12-31','2021-01-01','2024-06-30','2024-07-01','2024-07-02','2026-06-22','2026-06-23','2026-06-24']) console.log(d, assess({...a, permitDate: d}, '2026-07-01').outcome)
