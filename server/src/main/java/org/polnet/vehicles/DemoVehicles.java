package org.polnet.vehicles;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.polnet.engines.mrz.DocumentNumbers;
import org.polnet.engines.vin.Vins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: at first start (SMV empty), {@value #PER_NCB} synthetic stolen vehicles for each demo NCB, the same on
 * every machine (fixed seed). VINs use real manufacturer identifiers of makes common in each country with a computed
 * check digit (so they are valid everywhere), and serial numbers no factory issued; plates follow each country's
 * shape; national references say DEMO. Japanese domestic vehicles have a maker's chassis number rather than a VIN,
 * so some Japanese records are known by their plate only. The first French record is {@link #SAMPLE_VIN}, the
 * documented demo vehicle.
 */
@Component
@ConditionalOnBooleanProperty("polnet.demo.enabled")
class DemoVehicles implements ApplicationRunner {

	static final int PER_NCB = 300;

	static final List<String> COUNTRIES = List.of("FRA", "BRA", "KEN", "JPN", "JOR");

	/** A grey Renault Clio stolen in Lyon, reported by NCB-FRA (docs/vehicles.md). */
	static final String SAMPLE_VIN = Vins.generate("VF1", "RJA00", "MT000042");

	static final String SAMPLE_PLATE = "DM-042-LY";

	private static final Logger log = LoggerFactory.getLogger(DemoVehicles.class);

	private static final LocalDate EPOCH = LocalDate.of(2026, 1, 1);

	/** A make as a country's fleet has it: its real WMI, some models, and how many of the fleet's records it gets. */
	private record Make(String wmi, String name, List<String> models) {
	}

	private static final List<Make> FRA = List.of(new Make("VF1", "Renault", List.of("Clio", "Megane", "Captur", "Kangoo")),
			new Make("VF3", "Peugeot", List.of("208", "308", "3008", "Partner")),
			new Make("VF7", "Citroen", List.of("C3", "C4", "Berlingo")));

	private static final List<Make> BRA = List.of(new Make("9BW", "Volkswagen", List.of("Gol", "Polo", "T-Cross")),
			new Make("9BG", "Chevrolet", List.of("Onix", "Tracker", "S10")),
			new Make("9BD", "Fiat", List.of("Uno", "Strada", "Argo")),
			new Make("93H", "Honda", List.of("Civic", "HR-V", "CG 160")));

	private static final List<Make> KEN = List.of(new Make("JTD", "Toyota", List.of("Probox", "Fielder", "Land Cruiser")),
			new Make("JN1", "Nissan", List.of("Note", "X-Trail")),
			new Make("JMZ", "Mazda", List.of("Demio", "CX-5")),
			new Make("MA3", "Suzuki", List.of("Swift", "Alto")));

	private static final List<Make> JPN = List.of(new Make("JTD", "Toyota", List.of("Prius", "Corolla", "Hiace")),
			new Make("JHM", "Honda", List.of("Fit", "Civic", "N-Box")),
			new Make("JN1", "Nissan", List.of("Note", "Serena")),
			new Make("JMZ", "Mazda", List.of("CX-5", "Mazda3")));

	private static final List<Make> JOR = List.of(new Make("KMH", "Hyundai", List.of("Elantra", "Tucson", "Accent")),
			new Make("KNA", "Kia", List.of("Rio", "Sportage", "Cerato")),
			new Make("JTD", "Toyota", List.of("Corolla", "Hilux", "Camry")));

	private static final List<String> COLOURS = List.of("white", "black", "grey", "silver", "blue", "red", "green");

	private static final String[] JAPANESE_PLATE_AREAS = { "SHINAGAWA", "NERIMA", "OSAKA", "NAGOYA", "YOKOHAMA" };

	/** Model year codes of position 10 for 2012–2025 (C–S without I, O and Q). */
	private static final String YEAR_CODES = "CDEFGHJKLMNPRS";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final VehicleIndex index;

	DemoVehicles(JdbcTemplate jdbc, TransactionTemplate transactions, VehicleIndex index) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.index = index;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long existing = jdbc.queryForObject("SELECT count(*) FROM vehicles_smv", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		List<Object[]> rows = rows();
		transactions.executeWithoutResult(status -> {
			jdbc.batchUpdate("INSERT INTO vehicles_smv (" + VehicleRows.COLUMNS + ", status) VALUES (?, ?, ?, ?, ?, ?, "
					+ "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'FOR_OFFICIAL_USE_ONLY', 'ALL_MEMBERS', '{}', ?, 'STOLEN')", rows);
			jdbc.update("""
					INSERT INTO vehicles_smv_history (vehicle_id, changed_at, changed_by, change, status, note)
					SELECT id, created_at, 'demo', 'REPORTED', status, 'demo data' FROM vehicles_smv""");
		});
		index.rebuild();
		log.info("Demo SMV: {} fictional stolen vehicles for {}; a stolen French demo car to try on the vehicle check "
				+ "page: VIN {}, plate FRA {}", rows.size(), COUNTRIES, SAMPLE_VIN, SAMPLE_PLATE);
	}

	/** Deterministic: the same records, in the same order, on every first start. */
	static List<Object[]> rows() {
		Random random = new Random(3_2027);
		List<Object[]> rows = new ArrayList<>(COUNTRIES.size() * PER_NCB);
		for (String country : COUNTRIES) {
			List<Make> makes = makesOf(country);
			for (int i = 0; i < PER_NCB; i++) {
				boolean sample = country.equals("FRA") && i == 0;
				Make drawn = makes.get(random.nextInt(makes.size()));
				String model = drawn.models().get(random.nextInt(drawn.models().size()));
				Make make = sample ? FRA.getFirst() : drawn;
				int yearIndex = random.nextInt(YEAR_CODES.length());
				// a Japanese domestic car has a chassis number such as "NHP10-1234567", not a VIN
				boolean chassisOnly = country.equals("JPN") && i % 3 == 0;
				String vin = sample ? SAMPLE_VIN
						: chassisOnly ? null
								: Vins.generate(make.wmi(), vds(random), YEAR_CODES.charAt(yearIndex) + "D"
										+ "%06d".formatted(900_000 + COUNTRIES.indexOf(country) * 1_000 + i));
				String plate = sample ? SAMPLE_PLATE : plate(country, i, random);
				String normalisedPlate = DocumentNumbers.normalise(plate);
				LocalDate randomDay = EPOCH.minusDays(random.nextInt(1_500));
				LocalDate stolenOn = sample ? LocalDate.of(2025, 11, 14) : randomDay;
				rows.add(new Object[] { vin, chassisOnly ? "DM" + (10 + random.nextInt(89)) + "-" + (1_000_000 + i) : "",
						plate, normalisedPlate, country, VehicleRows.recordKey(vin, country, normalisedPlate),
						make.name(), sample ? "Clio" : model, 2012 + yearIndex,
						sample ? "grey" : COLOURS.get(random.nextInt(COLOURS.size())),
						make.name().equals("Honda") && model.startsWith("CG") ? VehicleType.MOTORCYCLE.name()
								: model.equals("Hiace") || model.equals("Kangoo") || model.equals("Partner")
										|| model.equals("Berlingo") ? VehicleType.VAN.name() : VehicleType.CAR.name(),
						Date.valueOf(stolenOn), sample ? "Lyon, Part-Dieu car park" : "",
						country, country + "-DEMO-SMV-" + (10_000 + i), "Synthetic demo record", "NCB-" + country,
						Date.valueOf(StolenVehicles.REVIEW_PERIOD.latestReviewAt(stolenOn)) });
			}
		}
		return rows;
	}

	private static List<Make> makesOf(String country) {
		return switch (country) {
			case "FRA" -> FRA;
			case "BRA" -> BRA;
			case "KEN" -> KEN;
			case "JPN" -> JPN;
			default -> JOR;
		};
	}

	/** Positions 4–8: five VIN characters (digits and letters other than I, O and Q). */
	private static String vds(Random random) {
		String alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
		StringBuilder vds = new StringBuilder(5);
		for (int i = 0; i < 5; i++) {
			vds.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return vds.toString();
	}

	/** A plate in the country's shape, unique within the country (the record's number is in it). */
	static String plate(String country, int i, Random random) {
		char a = (char) ('A' + random.nextInt(26));
		char b = (char) ('A' + random.nextInt(26));
		return switch (country) {
			// SIV: AB-123-CD; "DM" (demo) first
			case "FRA" -> "DM-%03d-%c%c".formatted(i, a, b);
			// Mercosur: ABC1D23
			case "BRA" -> "DM%c%d%c%02d".formatted(a, i / 100, b, i % 100);
			// KDA 123A
			case "KEN" -> "KD%c %03d%c".formatted(a, i, b);
			// Japanese plates transliterated: area, class number, kana, serial
			case "JPN" -> JAPANESE_PLATE_AREAS[i % JAPANESE_PLATE_AREAS.length] + " 300 A " + "%02d-%02d".formatted(i / 100, i % 100);
			// Jordan: 12-34567
			default -> "%02d-%05d".formatted(10 + random.nextInt(89), 90_000 + i);
		};
	}
}
