package org.polnet.artworks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.polnet.access.AccessScope;
import org.polnet.access.RecordAccess;
import org.polnet.identity.Clearance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo only: at the first start (no record yet), a few hundred clearly fictional stolen works of art for the demo
 * NCBs, each with a generated abstract picture (deterministic: the same seed draws the same picture) and its
 * thumbnail, and one painting easy to find by text search: "The Harbour at Dusk" by Maren Ilvesti (fictional).
 */
@Component
@ConditionalOnBooleanProperty("polnet.demo.enabled")
class DemoArtworks implements ApplicationRunner {

	static final int COUNT = 300;

	private static final List<String> OFFICES = List.of("NCB-FRA", "NCB-BRA", "NCB-KEN", "NCB-JPN", "NCB-JOR");

	private static final List<String> ADJECTIVES = List.of("Quiet", "Red", "Blue", "Distant", "Golden", "Broken",
			"Silent", "Northern", "Winter", "Morning", "Hidden", "Green", "Pale", "Burning", "Lost");

	private static final List<String> NOUNS = List.of("Garden", "River", "Window", "Orchard", "Bridge", "Mountain",
			"Lantern", "Market", "Shore", "Chapel", "Meadow", "Tower", "Courtyard", "Forest", "Harbour Lights");

	private static final List<String> GIVEN = List.of("Anouk", "Tiago", "Wanjiru", "Haruto", "Layla", "Émile",
			"Inès", "Kofi", "Yuki", "Samir", "Lucía", "Otieno");

	private static final List<String> FAMILY = List.of("Verlaine", "Moreira", "Kamau", "Sato", "Haddad", "Rousseau",
			"Ferreira", "Njoroge", "Tanaka", "Nasser", "Delacroix", "Mwangi");

	private static final List<String> PLACES = List.of("Municipal museum", "Private collection", "Parish church",
			"Art gallery", "Auction house storage", "University library", "Regional archive");

	private final ArtworkRows rows;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoArtworks(ArtworkRows rows, TransactionTemplate transactions, Clock clock) {
		this.rows = rows;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (rows.any()) {
			return;
		}
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> {
			add(harbourAtDusk(), "NCB-FRA", 424242L, now);
			for (int i = 1; i < COUNT; i++) {
				Random random = new Random(i);
				String office = OFFICES.get(i % OFFICES.size());
				add(work(i, random, office.substring(4)), office, i, now);
			}
		});
	}

	private void add(ArtworkDraft draft, String office, long seed, Instant now) {
		RecordAccess access = new RecordAccess(office, draft.classification(), draft.accessScope(),
				draft.accessCountries());
		long id = rows.insert(draft, access, now, Artworks.REVIEW_PERIOD.reviewAt(now, null));
		String officer = office.substring(4).toLowerCase(java.util.Locale.ROOT) + ".officer";
		rows.history(id, ArtworkStatus.STOLEN, null, officer, office, now);
		if (draft.category() == Category.PAINTING || draft.category() == Category.DRAWING
				|| draft.category() == Category.PRINT) {
			byte[] picture = PhotoImages.jpeg(painting(draft.title(), new Random(seed)));
			rows.addPhoto(id, PhotoImages.check(picture), officer, now);
		}
	}

	private static ArtworkDraft harbourAtDusk() {
		return new ArtworkDraft("The Harbour at Dusk", "Maren Ilvesti (fictional)", Category.PAINTING,
				"Early 20th century", "Oil on canvas", "64 x 81 cm",
				"Signed lower left \"M. Ilvesti\"; gallery label on the stretcher: \"Kunstsalong 1912\"",
				"Fishing boats moored in a small harbour at sunset, orange sky reflected in the water. Demo record, "
						+ "clearly fictional.",
				LocalDate.of(2025, 3, 14), "Musée des Beaux-Arts (fictional), Rouen", "FRA",
				Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ALL_MEMBERS, Set.of(), null);
	}

	private static ArtworkDraft work(int i, Random random, String country) {
		Category category = random.nextInt(3) > 0 ? Category.PAINTING
				: Category.values()[random.nextInt(Category.values().length)];
		String title = pick(ADJECTIVES, random) + " " + pick(NOUNS, random) + " " + (i % 7 == 0 ? "II" : "")
				+ " (fictional)";
		String maker = pick(GIVEN, random) + " " + pick(FAMILY, random) + " (fictional)";
		int year = 1850 + random.nextInt(160);
		boolean restricted = i % 10 == 0;
		return new ArtworkDraft(title.replace("  ", " "), maker, category, year + "s", materials(category, random),
				(20 + random.nextInt(100)) + " x " + (20 + random.nextInt(100)) + " cm",
				random.nextBoolean() ? "Signed and dated " + year : "Collection stamp no. " + (1000 + i),
				"Demo record, clearly fictional.", LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12),
						1 + random.nextInt(28)),
				pick(PLACES, random) + " (fictional)", country, Clearance.FOR_OFFICIAL_USE_ONLY,
				restricted ? AccessScope.ONLY_LISTED : AccessScope.ALL_MEMBERS,
				restricted ? Set.of("FRA", "BRA") : Set.of(), null);
	}

	private static String materials(Category category, Random random) {
		return switch (category) {
			case PAINTING -> random.nextBoolean() ? "Oil on canvas" : "Acrylic on board";
			case SCULPTURE -> random.nextBoolean() ? "Bronze" : "Marble";
			case DRAWING -> "Charcoal on paper";
			case PRINT -> "Etching";
			default -> "Mixed materials";
		};
	}

	/** An abstract painting: a coloured ground, some shapes, the title at the bottom; the same seed draws the same. */
	static BufferedImage painting(String title, Random random) {
		int width = 480;
		int height = 360;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(color(random));
			g.fillRect(0, 0, width, height);
			for (int shape = 0; shape < 6 + random.nextInt(8); shape++) {
				g.setColor(color(random));
				int x = random.nextInt(width);
				int y = random.nextInt(height - 40);
				int w = 30 + random.nextInt(200);
				int h = 30 + random.nextInt(160);
				switch (random.nextInt(3)) {
					case 0 -> g.fillOval(x - w / 2, y - h / 2, w, h);
					case 1 -> g.fillRect(x - w / 2, y - h / 2, w, h);
					default -> {
						g.setStroke(new BasicStroke(4 + random.nextInt(12)));
						g.drawLine(x, y, random.nextInt(width), random.nextInt(height - 40));
					}
				}
			}
			g.setColor(new Color(250, 248, 240));
			g.fillRect(0, height - 36, width, 36);
			g.setColor(new Color(40, 40, 40));
			g.setFont(new Font(Font.SERIF, Font.ITALIC, 18));
			g.drawString(title, 12, height - 12);
		}
		finally {
			g.dispose();
		}
		return image;
	}

	private static Color color(Random random) {
		return Color.getHSBColor(random.nextFloat(), 0.35f + random.nextFloat() * 0.6f, 0.3f + random.nextFloat() * 0.7f);
	}

	private static <T> T pick(List<T> list, Random random) {
		return list.get(random.nextInt(list.size()));
	}
}
