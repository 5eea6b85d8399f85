package org.polnet.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page an officer lands on after signing in. */
@Controller
class DashboardController {

	@GetMapping("/")
	String dashboard() {
		return "dashboard";
	}
}
