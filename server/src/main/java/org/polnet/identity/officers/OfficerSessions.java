package org.polnet.identity.officers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The officers' sessions, kept in PostgreSQL and indexed by username, so they can be ended from any node: also
 * from one that serves no web requests (the command line, a benchmark), which reads the same session table.
 */
@Component
public class OfficerSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	OfficerSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, JdbcTemplate jdbc,
			TransactionTemplate transactions) {
		this.sessions = sessions.getIfAvailable(() -> new JdbcIndexedSessionRepository(jdbc, transactions));
	}

	/** Ends every session of the officer at once; their next request finds itself signed out. */
	public int endAll(String username) {
		var found = sessions.findByPrincipalName(username).keySet();
		found.forEach(sessions::deleteById);
		return found.size();
	}

	/** Ends the officer's other sessions (after a password change), keeping the one in use. */
	void endOthers(String username, String keptSessionId) {
		sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keptSessionId))
			.forEach(sessions::deleteById);
	}

	public int count(String username) {
		return sessions.findByPrincipalName(username).size();
	}
}
