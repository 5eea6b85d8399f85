package org.polnet.messaging;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.polnet.identity.CurrentOfficer;
import org.polnet.refusals.InvalidInputException;
import org.polnet.refusals.NotAllowedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Command and Coordination Centre's duty handover log: each General Secretariat duty officer writes what the
 * next one must know (escalations being followed up, offices called). Duty officers only; every entry is audited.
 */
@Service
public class DutyLog {

	public static final int NOTE_LENGTH = 4_000;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DutyLog(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The latest entries, newest first. */
	public List<HandoverNote> recent(CurrentOfficer reader, int limit) {
		dutyOfficer(reader);
		return jdbc.sql("SELECT id, written_at, officer, note FROM messaging_handover ORDER BY written_at DESC, id DESC LIMIT ?")
			.param(limit)
			.query((rs, row) -> new HandoverNote(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	@Transactional
	public void write(CurrentOfficer officer, String note, @Nullable String clientAddress) {
		dutyOfficer(officer);
		String text = note.strip();
		if (text.isEmpty() || text.length() > NOTE_LENGTH || text.indexOf('\0') >= 0) {
			throw new InvalidInputException("A handover note is 1 to " + NOTE_LENGTH + " characters.");
		}
		jdbc.sql("INSERT INTO messaging_handover (written_at, officer, note) VALUES (?, ?, ?)")
			.params(Messages.timestamp(clock.instant().truncatedTo(ChronoUnit.MICROS)), officer.username(), text)
			.update();
		audit.record(AuditRecord.of(officer, "messaging.handover", null, MessageDesk.PURPOSE, Outcome.SUCCESS,
				clientAddress));
	}

	private static void dutyOfficer(CurrentOfficer officer) {
		if (!MessageDesk.isDutyOfficer(officer)) {
			throw new NotAllowedException("Only General Secretariat duty officers keep the handover log.");
		}
	}
}
