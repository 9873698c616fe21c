/**
 * The complaint deadline: forvaltningsloven (1967) § 29 first paragraph, three weeks from the
 * day the notice of the decision reached the person, computed as domstolloven §§ 148–149 say
 * (Lovavdelingen 10.02.2004; the 2025 act § 63 fourth paragraph says so in terms):
 *  - § 148: a deadline in weeks ends on the same weekday three weeks later → received + 21 days;
 *  - § 149: ending on a Saturday, Sunday or public holiday, it moves to the next working day.
 */
import type { Citation, ComplaintDeadline } from '@/rules/types'
import { addDays, parseIsoDate } from '@/rules/dates'
import { nonWorkingReasons } from './holidays'
import { lawOn, RULES_CHECKED_ON } from '@/rules/params'
import { domstolloven, forvaltningsloven } from '@/rules/citations'

/**
 * Never throws. Input that is not a valid 'YYYY-MM-DD' (the UI validates before calling) gives
 * empty `deadline` and `plainDeadline`, `moved: false`, and the rule citation alone, so a caller
 * that forgets to validate shows no invented date.
 */
export function complaintDeadline(noticeReceived: string): ComplaintDeadline {
  // The law in force on the day the notice came (without a valid day: the day the rules were checked).
  const received = parseIsoDate(noticeReceived)
  const rule: Citation[] = [forvaltningsloven('deadline', received ?? RULES_CHECKED_ON, 1)]
  try {
    if (!received) return { deadline: '', plainDeadline: '', moved: false, movedBecause: [], rule }
    const plain = addDays(received, lawOn('COMPLAINT_WEEKS', received) * 7)
    let deadline = plain
    const because: string[] = []
    // At most a handful of days in a row are not working days (e.g. Maundy Thursday to Easter Monday).
    for (let guard = 0; guard < 14; guard++) {
      const reasons = nonWorkingReasons(deadline)
      if (reasons.length === 0) break
      for (const r of reasons) if (!because.includes(r)) because.push(r)
      deadline = addDays(deadline, 1)
    }
    const moved = deadline !== plain
    return {
      deadline,
      plainDeadline: plain,
      moved,
      movedBecause: because,
      rule: moved ? [...rule, domstolloven('149', 1)] : rule,
    }
  } catch {
    return { deadline: '', plainDeadline: '', moved: false, movedBecause: [], rule }
  }
}
