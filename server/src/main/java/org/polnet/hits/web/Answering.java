package org.polnet.hits.web;

import java.util.function.Supplier;

import org.polnet.hits.Hit;
import org.polnet.hits.HitDesk;
import org.polnet.hits.HitView;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The desk's refusals as HTTP answers, the same for pages and API. */
final class Answering {

	private Answering() {
	}

	static HitView answer(Supplier<HitView> answer) {
		try {
			return answer.get();
		}
		catch (HitDesk.NotVisible e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (HitDesk.NotAParty e) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the owner and the checking office answer a hit");
		}
		catch (Hit.AlreadyAnswered e) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "Your office has already answered this hit");
		}
	}
}
