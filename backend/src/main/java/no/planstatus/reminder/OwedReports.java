package no.planstatus.reminder;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.planstatus.account.Account;
import no.planstatus.report.ReportState;
import no.planstatus.round.ReportingRound;
import no.planstatus.security.Role;

/**
 * Who still owes what in a round, as common.md defines it: a party owes a measure assigned to it in the round while
 * the measure has no report for the round's period that counts (SUBMITTED or APPROVED); a person owes what their
 * party owes when they are an active REPORTER of it with an e-mail address, or hold an unrevoked personal link for
 * (round, party). One entry per address, whatever the case: someone with an account and a link, or links for two
 * parties, gets one digest with every measure once.
 */
@ApplicationScoped
class OwedReports {

    /** A measure someone owes a report on. */
    record OwedMeasure(long id, String reference, String text) {
    }

    /** A person who owes, with everything they owe in the round, in plan order. */
    record Debtor(String email, String name, Long accountId, Long partyId, List<OwedMeasure> measures) {

        /** Whether they report through an account (then the mail links to the report form). */
        boolean hasAccount() {
            return accountId != null;
        }
    }

    /** Everyone who owes in the round, by address. Call inside a transaction. */
    List<Debtor> in(ReportingRound round) {
        List<Object[]> owed = Panache.getEntityManager().createQuery("""
                select a.party.id, m.id, m.reference, m.text from RoundAssignment a join a.measure m
                where a.round = :round and not exists (
                    select 1 from ProgressReport p where p.measure = m and p.reportingPeriod = :period
                    and p.state in :counting)
                order by m.planSort, m.reference""", Object[].class)
                .setParameter("round", round)
                .setParameter("period", round.period)
                .setParameter("counting", List.of(ReportState.SUBMITTED, ReportState.APPROVED))
                .getResultList();
        record Owed(long partyId, OwedMeasure measure) {
        }
        List<Owed> owedInPlanOrder = owed.stream().map(row -> new Owed((Long) row[0],
                new OwedMeasure((Long) row[1], (String) row[2], (String) row[3]))).toList();
        Set<Long> parties = new LinkedHashSet<>();
        owedInPlanOrder.forEach(o -> parties.add(o.partyId()));
        if (parties.isEmpty()) {
            return List.of();
        }
        Map<String, Person> people = new LinkedHashMap<>();
        List<Account> reporters = Account.list(
                "party.id in ?1 and role = ?2 and active = true and email is not null order by id", parties,
                Role.REPORTER);
        for (Account account : reporters) {
            Person person = people.computeIfAbsent(key(account.email), k -> new Person(account.email.strip(),
                    account.displayName));
            person.accountId = person.accountId == null ? account.id : person.accountId;
            person.parties.add(account.party.id);
        }
        // Read by entity name, without importing the invitation package: invitations log their e-mails in the
        // reminder log, so an import here would make the two packages a cycle.
        List<Object[]> links = io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createQuery(
                "select i.email, i.name, i.party.id from ReportInvitation i where i.round = :round"
                        + " and i.party.id in :parties and i.revokedAt is null order by i.id", Object[].class)
                .setParameter("round", round).setParameter("parties", parties).getResultList();
        for (Object[] link : links) {
            String email = (String) link[0];
            people.computeIfAbsent(key(email), k -> new Person(email.strip(), (String) link[1]))
                    .parties.add((Long) link[2]);
        }
        return people.values().stream().map(person -> new Debtor(person.email, person.name, person.accountId,
                person.parties.iterator().next(), owedInPlanOrder.stream()
                        .filter(o -> person.parties.contains(o.partyId())).map(Owed::measure).distinct()
                        .toList())).toList();
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Person {
        final String email;
        final String name;
        Long accountId;
        final Set<Long> parties = new LinkedHashSet<>();

        Person(String email, String name) {
            this.email = email;
            this.name = name;
        }
    }
}
