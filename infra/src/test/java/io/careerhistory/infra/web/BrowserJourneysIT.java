package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.deadletters.FlakyProjection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journeys of each role in a real browser (Debian's headless Chromium): each changes something through the
 * web interface and then checks the change on screen. Screenshots of each step are kept in target/screenshots.
 */
class BrowserJourneysIT extends ApiIntegrationTest {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port, 1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aTalentPartnerRecordsACompletionAndItAppearsOnTheTimeline() {
        String learner = api.hire("Browser Learner");
        api.timelineWhen(learner, "", 1);
        api.getWhen("/api/search?q=browser%20learner", r -> r.get("results").size() > 0);

        browser.signIn(TestUsers.TALENT_PARTNER, TestUsers.PASSWORD);
        browser.open("/#/record");
        browser.find("#rc-person").sendKeys("Browser Lear");
        browser.click(By.xpath("//button[normalize-space()='Browser Learner']"));
        browser.find("#rc-courseId").sendKeys("browser-k8s");
        browser.find("#rc-title").sendKeys("Kubernetes in the browser");
        new Select(browser.find("#rc-provider")).selectByValue("WORKSHOP");
        browser.find("#rc-hours").sendKeys("6");
        browser.script("document.getElementById('rc-completedOn').value='2024-03-05';"
                               + "document.getElementById('rc-completedOn').dispatchEvent(new Event('input'))");
        browser.find("#rc-skills").sendKeys("kubernetes, containers");
        browser.screenshot("talent-partner-record-form");
        browser.click("form button[type=submit]");
        assertThat(browser.text("[data-test=record-done]")).contains("Recorded");
        browser.screenshot("talent-partner-recorded");

        browser.click("[data-test=record-done] a");
        // the timeline view follows the command: reopen it until the entry is there
        browser.reloadUntil("[data-test=timeline-count]",
                            d -> browser.text("[data-test=timeline]").contains("Completed Kubernetes in the browser"));
        browser.screenshot("talent-partner-timeline-shows-completion");
    }

    @Test
    void errorsAreShownInPlainWordsAtTheFieldTheyConcern() {
        String learner = api.hire("Field Errors");
        api.getWhen("/api/search?q=field%20errors", r -> r.get("results").size() > 0);

        browser.open("/#/signin");
        browser.find("#user").sendKeys(TestUsers.TALENT_PARTNER);
        browser.find("#password").sendKeys("not-the-password");
        browser.click("form button[type=submit]");
        assertThat(browser.text("[data-test=signin-error]")).isEqualTo("That user name and password do not match. Try again.");
        browser.screenshot("sign-in-refused");

        browser.signIn(TestUsers.TALENT_PARTNER, TestUsers.PASSWORD);
        browser.open("/#/record");
        browser.click("form button[type=submit]");
        assertThat(browser.text("[data-test=record-error]")).isEqualTo("Pick the employee first.");
        browser.find("#rc-person").sendKeys("Field Err");
        browser.click(By.xpath("//button[normalize-space()='Field Errors']"));
        browser.find("#rc-title").sendKeys("Missing its id and hours");
        browser.click("form button[type=submit]");
        assertThat(browser.text("[data-test=error-courseId]")).isNotBlank();
        assertThat(browser.text("[data-test=error-hours]")).isNotBlank();
        assertThat(browser.find("#rc-hours").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("[data-test=record-error]")).isEqualTo("Please correct the fields marked below.");
        browser.screenshot("record-field-errors");
        assertThat(api.call("GET", "/api/employees/" + learner + "/timeline", null).body().get("entries")).hasSize(1);
    }

    @Test
    void anEmployeeFiltersAndSearchesTheirTimelineAndSeesTheirReadiness() {
        String emma = api.employeeOf(TestUsers.EMPLOYEE);
        api.call("POST", "/api/employees/" + emma + "/course-completions",
                 ApiClient.completion("emma-rust-" + System.nanoTime(), LocalDate.parse("2024-02-02"), null));
        api.getWhen("/api/employees/" + emma + "/timeline", t -> t.toString().contains("emma-rust-"));

        browser.signIn(TestUsers.EMPLOYEE, TestUsers.PASSWORD);
        browser.until(d -> d.getCurrentUrl().contains("#/timeline/" + emma) ? true : null);
        browser.until(d -> browser.text("[data-test=timeline]").contains("Completed Course emma-rust-") ? true : null);
        new Select(browser.find("#tl-kind")).selectByValue("COURSE_COMPLETED");
        browser.until(d -> d.findElements(By.cssSelector("[data-test=timeline] li[data-kind]")).stream()
                            .allMatch(li -> "COURSE_COMPLETED".equals(li.getAttribute("data-kind"))) ? true : null);
        browser.find("#tl-search").sendKeys("no such words anywhere");
        browser.until(d -> browser.text("[data-test=timeline-count]").startsWith("0 of") ? true : null);
        browser.screenshot("employee-timeline-filtered");

        browser.click(By.linkText("My readiness and plan"));
        assertThat(browser.text("[data-test=readiness-status]")).isNotBlank();
        assertThat(browser.find("[data-test=checklist]").findElements(By.tagName("li"))).isNotEmpty();
        assertThat(browser.text("[data-test=checklist]")).as("the facts each criterion counts")
                                                        .contains("Counted: ").contains("Course emma-rust-");
        browser.screenshot("employee-readiness");
        browser.script("const input = document.getElementById('rd-asof'); input.value = '2023-06-01';"
                               + " input.dispatchEvent(new Event('input'));");
        browser.click("form[aria-label='Readiness on another date'] button[type=submit]");
        browser.until(d -> browser.text("[data-test=readiness-on]").equals("on 2023-06-01 (as it stood then)")
                ? true : null);
        assertThat(browser.text("[data-test=checklist]")).as("months in level then, hired 2023-02-01")
                                                        .contains("(4 so far, 12 needed)");

        // "#/" (an edited address, the first entry of the history) and the name in the header lead home, not to
        // "Your role has no pages here".
        browser.script("location.hash = '#/'");
        browser.until(d -> d.getCurrentUrl().contains("#/timeline/" + emma) ? true : null);
        browser.click(By.linkText("My readiness and plan"));
        browser.click(By.linkText("career-history"));
        browser.until(d -> d.getCurrentUrl().contains("#/timeline/" + emma) ? true : null);
    }

    @Test
    void anAdminStartsARebuildAndWatchesItsProgressBarToTheEnd() {
        browser.signIn(TestUsers.ADMIN, TestUsers.PASSWORD);
        browser.until(d -> d.getCurrentUrl().endsWith("#/projections") ? true : null);
        browser.find("tr[data-projection=search]");
        assertThat(browser.text("tr[data-projection='mentoring-credits'] [data-test=not-rebuildable]"))
                .as("a processor that only reacts says why it has no rebuild").contains("keeps no view");
        assertThat(browser.driver().findElements(
                By.cssSelector("tr[data-projection=search] [data-test=not-rebuildable]"))).isEmpty();
        browser.screenshot("admin-projections");
        browser.click(By.cssSelector("tr[data-projection=search] button[aria-label='Rebuild search']"));
        List<String> seen = new ArrayList<>();
        browser.until(d -> {
            List<WebElement> state = d.findElements(By.cssSelector("tr[data-projection=search] [data-test=rebuild-state]"));
            if (!state.isEmpty()) {
                String now = state.get(0).getText();
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(now)) {
                    seen.add(now);
                    browser.screenshot("admin-rebuild-" + seen.size());
                }
            }
            return seen.stream().anyMatch(s -> s.startsWith("done")) ? true : null;
        });
        assertThat(seen.get(seen.size() - 1)).isEqualTo("done · 100%");
        assertThat(seen).as("the bar moved through the rebuild's steps").hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.find("tr[data-projection=search] progress").getAttribute("value")).isEqualTo("100");
    }

    @Test
    void anAdminSeesAProjectionsDeadLettersAndRetriesThemAfterTheFix() {
        FlakyProjection.FAILING.set(true);
        String learner = api.hire("Dead Letter Learner");
        assertThat(api.call("POST", "/api/employees/" + learner + "/course-completions", ApiClient.completion(
                "browser-poison", LocalDate.parse("2024-03-05"), null).replace("Course browser-poison", "Poison in the browser"))
                      .status()).isEqualTo(201);
        api.as(TestUsers.ADMIN).getWhen("/api/admin/dead-letters?processingGroup=" + FlakyProjection.PROCESSING_GROUP,
                                        r -> r.get("deadLetters").size() > 0);

        browser.signIn(TestUsers.ADMIN, TestUsers.PASSWORD);
        browser.until(d -> d.getCurrentUrl().endsWith("#/projections") ? true : null);
        String row = "tr[data-projection=" + FlakyProjection.PROCESSING_GROUP + "]";
        browser.until(d -> !browser.text(row + " [data-test=dead-letters]").equals("0") ? true : null);
        browser.screenshot("admin-dead-letters");

        FlakyProjection.FAILING.set(false); // the fix is deployed
        browser.click(row + " button[aria-label='Retry the dead letters of " + FlakyProjection.PROCESSING_GROUP + "']");
        assertThat(browser.text("[data-test=dead-letter-outcome]")).contains("Retried").contains("cleared");
        browser.until(d -> browser.text(row + " [data-test=dead-letters]").equals("0") ? true : null);
        browser.screenshot("admin-dead-letters-retried");
    }

    @Test
    void everyoneSeesThePromotionsAnnouncedWithConsentByName() {
        String caseId = announcedPromotionOf(api.employeeOf(TestUsers.CELEBRATED));
        api.getWhen("/api/celebrations", c -> c.get("celebrations").findValuesAsText("caseId").contains(caseId));
        List<String> expected = new ArrayList<>();
        api.as(TestUsers.ANALYST).call("GET", "/api/celebrations", null).body().get("celebrations").forEach(
                c -> expected.add(c.path("employeeName").asText("A colleague") + " is now " + c.get("track").asText()
                                          + " " + c.get("toLevel").asText()));
        browser.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        browser.click(By.linkText("Celebrations"));
        browser.until(d -> browser.text("h1").equals("Celebrations") ? true : null); // the list may be empty
        List<String> shown = browser.driver().findElements(By.cssSelector("[data-test=celebrations] h2")).stream()
                                    .map(WebElement::getText).toList();
        assertThat(shown).isEqualTo(expected).contains("User " + TestUsers.CELEBRATED + " is now Engineering E4");
        browser.screenshot("celebrations");
    }

    /**
     * A promotion from E3 to E4 through every step, by the API, announced with the employee's consent: nominated by
     * mark, their manager, as every case carl sits on is (SecurityApiIT counts on it).
     */
    private String announcedPromotionOf(String employee) {
        String carl = api.employeeOf(TestUsers.COMMITTEE);
        String cora = api.employeeOf(TestUsers.SECOND_COMMITTEE);
        String mark = api.employeeOf(TestUsers.MANAGER);
        api.call("POST", "/api/employees/" + employee + "/transfers", """
                {"managerId":"%s","effectiveOn":"2024-01-02"}""".formatted(mark)); // 422 when already so
        api.getWhen("/api/employees/" + employee + "/timeline", t -> t.toString().contains(mark));
        ApiClient.Reply nominated = api.as(TestUsers.MANAGER).call("POST", "/api/promotions", """
                {"employeeId":"%s","toLevel":"E4","justification":"leads the platform work","nominatedOn":"2024-05-02"}"""
                .formatted(employee));
        assertThat(nominated.status()).as(String.valueOf(nominated.body())).isEqualTo(201);
        String caseId = nominated.body().get("caseId").asText();
        String at = "/api/promotions/" + caseId;
        List<ApiClient.Reply> steps = List.of(
                api.as(TestUsers.TALENT_PARTNER).call("POST", at + "/committee", """
                        {"members":["%s","%s"],"chairId":"%s","assignedOn":"2024-05-03"}""".formatted(carl, cora, carl)),
                api.as(TestUsers.TALENT_PARTNER).call("POST", at + "/evidence", """
                        {"assessedOn":"2024-05-03"}"""),
                api.as(TestUsers.COMMITTEE).call("POST", at + "/reviews", """
                        {"recommendation":"APPROVE","comments":"ready","reviewedOn":"2024-05-10"}"""),
                api.as(TestUsers.SECOND_COMMITTEE).call("POST", at + "/reviews", """
                        {"recommendation":"APPROVE","comments":"ready","reviewedOn":"2024-05-10"}"""),
                api.as(TestUsers.COMMITTEE).call("POST", at + "/decision", """
                        {"outcome":"APPROVED","rationale":"meets the framework","decidedOn":"2024-05-20"}"""),
                api.as(TestUsers.CELEBRATED).call("POST", at + "/announcement-consent", """
                        {"optedInOn":"2024-05-21"}"""),
                api.as(TestUsers.TALENT_PARTNER).call("POST", at + "/announcement", """
                        {"message":"Congratulations!","announcedOn":"2024-05-22"}"""));
        assertThat(steps).extracting(ApiClient.Reply::status).containsOnly(201);
        return caseId;
    }

    @Test
    void aTalentPartnerTakesANominationThroughCommitteeEvidenceAndAnnouncementWithTheNomineesConsent() {
        String nora = api.employeeOf(TestUsers.NOMINEE);
        api.employeeOf(TestUsers.COMMITTEE);
        api.employeeOf(TestUsers.SECOND_COMMITTEE);
        String mark = api.employeeOf(TestUsers.MANAGER);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        api.call("POST", "/api/employees/" + nora + "/transfers", """
                {"managerId":"%s","effectiveOn":"2024-01-02"}""".formatted(mark));
        api.getWhen("/api/employees/" + nora + "/timeline", t -> t.toString().contains(mark));
        ApiClient.Reply nominated = api.as(TestUsers.MANAGER).call("POST", "/api/promotions", """
                {"employeeId":"%s","toLevel":"E4","justification":"runs the on-call rotation","nominatedOn":"%s"}"""
                .formatted(nora, today));
        assertThat(nominated.status()).as(String.valueOf(nominated.body())).isEqualTo(201);
        String caseId = nominated.body().get("caseId").asText();
        api.as(TestUsers.TALENT_PARTNER).getWhen("/api/promotions/" + caseId + "/audit", a -> true);

        browser.signIn(TestUsers.TALENT_PARTNER, TestUsers.PASSWORD);
        browser.open("/#/case/" + caseId);
        for (String member : List.of("carl", "cora")) {
            browser.find("#cm-q").sendKeys("User " + member);
            browser.click(By.xpath("//form[@aria-label='The committee']//button[. = 'User " + member + "']"));
        }
        assertThat(new Select(browser.find("#cm-chair")).getFirstSelectedOption().getText()).isEqualTo("User carl");
        browser.click("form[aria-label='The committee'] button[type=submit]");
        browser.until(d -> browser.text("[data-test=four-eyes]").contains("by a committee of 2") ? true : null);
        browser.click(By.xpath("//button[. = \"Attach today's readiness\"]"));
        browser.find("[data-test=evidence-criteria]");
        browser.screenshot("talent-partner-committee-and-evidence");

        String at = "/api/promotions/" + caseId;
        for (String member : List.of(TestUsers.COMMITTEE, TestUsers.SECOND_COMMITTEE)) {
            assertThat(api.as(member).call("POST", at + "/reviews", """
                    {"recommendation":"APPROVE","comments":"steady under pressure","reviewedOn":"%s"}"""
                    .formatted(today)).status()).isEqualTo(201);
        }
        assertThat(api.as(TestUsers.COMMITTEE).call("POST", at + "/decision", """
                {"outcome":"APPROVED","rationale":"the committee agrees","decidedOn":"%s"}""".formatted(today))
                      .status()).isEqualTo(201);
        browser.reloadUntil("[data-test=case-status]", d -> d.findElements(By.cssSelector("[data-test=awaits-consent]"))
                .stream().anyMatch(p -> p.isDisplayed() && p.getText().contains("once User nora agrees")));
        browser.click("header button");

        browser.signIn(TestUsers.NOMINEE, TestUsers.PASSWORD);
        browser.reloadUntil("[data-test=timeline-count]", d -> !d.findElements(By.cssSelector(
                "[aria-label='Celebrate publicly: Nominated for Engineering E4']")).isEmpty());
        browser.click("[aria-label='Celebrate publicly: Nominated for Engineering E4']");
        browser.until(d -> browser.text("[data-test=timeline]").contains("Public announcement agreed on " + today)
                ? true : null);
        browser.screenshot("nominee-consented");
        browser.click("header button");

        browser.signIn(TestUsers.TALENT_PARTNER, TestUsers.PASSWORD);
        browser.open("/#/case/" + caseId);
        browser.find("#an-message").sendKeys("Please congratulate Nora on Staff Engineer!");
        browser.click("form[aria-label='The announcement'] button[type=submit]");
        api.getWhen("/api/celebrations", c -> c.get("celebrations").findValuesAsText("caseId").contains(caseId));
        browser.screenshot("talent-partner-announced");
    }

    @Test
    void aTalentPartnerHiresSomeoneUnderAManagerThenTransfersThemAndRecordsTheirDeparture() {
        api.employeeOf(TestUsers.MANAGER);
        String login = "browser.hire." + System.nanoTime();
        browser.signIn(TestUsers.TALENT_PARTNER, TestUsers.PASSWORD);
        browser.click(By.linkText("People"));
        browser.click("form[aria-label='Hire someone'] button[type=submit]");
        assertThat(browser.text("[data-test=error-name]")).isNotBlank();
        browser.find("#hr-name").sendKeys("Hired Inbrowser");
        browser.find("#hr-email").sendKeys(login + "@example.com");
        browser.find("#hr-loginName").sendKeys(login);
        new Select(browser.find("#hr-track")).selectByValue("Engineering");
        new Select(browser.find("#hr-level")).selectByValue("E2");
        browser.find("#hr-team").sendKeys("Search");
        browser.find("#hrm-person").sendKeys("User mark");
        browser.click(By.xpath("//form[@aria-label='Hire someone']//button[normalize-space()='User mark']"));
        browser.click("form[aria-label='Hire someone'] button[type=submit]");
        browser.find("[data-test=hire-done]");
        String hired = browser.find("[data-test=hire-done] a").getAttribute("href").replaceAll(".*/", "");
        api.getWhen("/api/search?q=hired%20inbrowser", r -> r.toString().contains(hired));

        browser.find("#mv-person").sendKeys("Hired Inbro");
        browser.click(By.xpath("//form[@aria-label='Transfer or departure']"
                                       + "//button[normalize-space()='Hired Inbrowser']"));
        browser.find("#mv-team").sendKeys("Ads");
        browser.click("form[aria-label='Transfer or departure'] button[type=submit]");
        browser.until(d -> browser.text("[data-test=move-done]").equals("Transfer of Hired Inbrowser recorded.")
                ? true : null);
        new Select(browser.find("#mv-kind")).selectByValue("departure");
        browser.find("#mv-reason").sendKeys("moved abroad");
        browser.click("form[aria-label='Transfer or departure'] button[type=submit]");
        browser.until(d -> browser.text("[data-test=move-done]").equals("Departure of Hired Inbrowser recorded.")
                ? true : null);
        browser.screenshot("talent-partner-people");

        JsonNode timeline = api.timelineWhen(hired, "", 3);
        assertThat(ApiClient.kinds(timeline)).containsExactly("HIRED", "TRANSFERRED", "DEPARTED");
        assertThat(timeline.toString()).contains("Engineering E2", "Ads");
        String mark = api.employeeOf(TestUsers.MANAGER);
        assertThat(timeline.get("entries").get(0).toString()).contains(mark);
    }

    @Test
    void theAnalystDashboardDrawsItsCharts() {
        String learner = api.hire("Chart Learner");
        api.call("POST", "/api/employees/" + learner + "/course-completions",
                 ApiClient.completion("chart-course", LocalDate.parse("2024-05-06"), null));
        api.getWhen("/api/analytics/learning-hours", r -> r.get("learningHours").size() > 0);

        browser.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        browser.until(d -> d.getCurrentUrl().endsWith("#/analytics") ? true : null);
        for (String chart : List.of("chart-velocity", "chart-programs", "chart-hours")) {
            browser.until(d -> d.findElement(By.id(chart)).getAttribute("data-points") != null ? true : null);
        }
        assertThat(Integer.parseInt(browser.find("#chart-hours").getAttribute("data-points"))).isPositive();
        assertThat(Integer.parseInt(browser.find("#chart-programs").getAttribute("data-points"))).isEqualTo(4);
        browser.until(d -> browser.text("[data-test=adverse-impact]").contains("Over the highest") ? true : null);
        assertThat(browser.driver().findElements(By.cssSelector("[role=alert]")).stream().filter(WebElement::isDisplayed))
                .isEmpty();
        browser.screenshot("analyst-dashboard");

        // As it stood on a date before anything was recorded: no learning hours; back to today, they return.
        browser.script("const input = document.getElementById('an-asof'); input.value = '2000-01-01';"
                               + " input.dispatchEvent(new Event('input'));");
        browser.click(By.xpath("//button[normalize-space()='Show']"));
        browser.until(d -> browser.text("[data-test=analytics-as-of]").startsWith("As it stood on 2000-01-01") ? true : null);
        browser.until(d -> "0".equals(browser.find("#chart-hours").getAttribute("data-points")) ? true : null);
        browser.click(By.xpath("//button[normalize-space()='Today']"));
        browser.until(d -> browser.text("[data-test=analytics-as-of]").startsWith("Everything recorded") ? true : null);
        browser.until(d -> Integer.parseInt(browser.find("#chart-hours").getAttribute("data-points")) > 0 ? true : null);

        // Analysts export for their own tools, as pseudonyms: the page says so.
        assertThat(browser.driver().findElement(By.xpath("//*[starts-with(normalize-space(), 'Employees appear as pseudonyms')]"))
                          .isDisplayed()).isTrue();
        browser.click(By.xpath("//button[normalize-space()='Download the events']"));
        browser.until(d -> browser.text("[data-test=export-result]").startsWith("Downloaded events.ndjson") ? true : null);
    }

    @Test
    void aTalentPartnerFindsPeopleByWhatTheyDidAndOpensATimeline() {
        String course = "quokka" + System.nanoTime() % 1_000_000;
        String learner = api.hire("Searched Learner");
        api.call("POST", "/api/employees/" + learner + "/course-completions",
                 ApiClient.completion(course, LocalDate.parse("2024-05-06"), null));
        api.getWhen("/api/search?q=" + course, r -> r.get("results").toString().contains(learner));

        browser.signIn(TestUsers.TALENT_PARTNER, TestUsers.PASSWORD);
        browser.click(By.linkText("Search"));
        browser.find("#sr-q").sendKeys("course " + course);
        browser.click("form[role=search] button[type=submit]");
        browser.until(d -> browser.text("[data-test=search-results]").contains("Searched Learner") ? true : null);
        assertThat(browser.text("[data-test=search-results]")).contains("Course: Course " + course,
                                                                        "Searched Learner Engineering E3 · Payments");
        browser.screenshot("talent-partner-search");

        browser.click("[aria-label='Who is filed under Course " + course + "']");
        browser.until(d -> ("Course " + course).equals(browser.find("#sr-q").getAttribute("value")) ? true : null);
        browser.click(By.linkText("Searched Learner"));
        browser.reloadUntil("[data-test=timeline-count]",
                            d -> browser.text("[data-test=timeline]").contains("Completed Course " + course));
    }

    @Test
    void aManagerWhoNominatedNobodyIsToldWhoseCasesTheListShows() {
        browser.signIn(TestUsers.NEW_MANAGER, TestUsers.PASSWORD);
        browser.click(By.linkText("Promotion cases"));
        browser.until(d -> browser.text("[data-test=cases-empty]").isBlank() ? null : true);
        assertThat(browser.text("[data-test=cases-empty]"))
                .isEqualTo("No case you nominated yet: nominate a report from My team.");
    }

    @Test
    void itWorksWithTheKeyboardAloneAndFitsAPhoneScreen() {
        browser.close();
        browser = new Browser(port, 375, 812);
        browser.open("/#/signin");
        browser.find("#user");
        WebElement focused = browser.driver().switchTo().activeElement();
        for (int i = 0; i < 10 && !"user".equals(focused.getAttribute("id")); i++) {
            focused.sendKeys(Keys.TAB);
            focused = browser.driver().switchTo().activeElement();
        }
        assertThat(focused.getAttribute("id")).isEqualTo("user");
        focused.sendKeys(TestUsers.EMPLOYEE, Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        browser.until(d -> d.findElement(By.cssSelector("[data-test=signed-in-as]")).getText().contains(TestUsers.EMPLOYEE)
                ? true : null);
        browser.until(d -> d.getCurrentUrl().contains("#/timeline/") ? true : null);
        Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
        browser.screenshot("employee-phone-width");

        // on to the readiness page by the keyboard: back (Shift+Tab) from the content to its link in the menu, Enter
        focused = browser.driver().switchTo().activeElement();
        for (int i = 0; i < 15 && !"My readiness and plan".equals(focused.getText()); i++) {
            focused.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
            focused = browser.driver().switchTo().activeElement();
        }
        assertThat(focused.getText()).isEqualTo("My readiness and plan");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.text("[data-test=readiness-status]")).isNotBlank();
        assertThat(browser.script("return [...document.querySelectorAll('nav a[aria-current=page]')]"
                                          + ".map(a => a.textContent).join()"))
                .as("the menu marks the page shown, not the first one").isEqualTo("My readiness and plan");
        browser.screenshot("employee-phone-readiness-by-keyboard");
    }

    @Test
    void aManagerRecordsACompletionForTheirReportAndSeesTheTeamWithReadiness() {
        String mark = api.employeeOf(TestUsers.MANAGER);
        String report = api.hire("Team Member");
        api.call("POST", "/api/employees/" + report + "/transfers", """
                {"managerId":"%s","effectiveOn":"2024-01-02"}""".formatted(mark));
        api.getWhen("/api/search?q=team%20member", r -> r.get("results").toString().contains(report));
        api.getWhen("/api/employees/" + report + "/timeline", t -> t.get("entries").size() == 2);

        browser.signIn(TestUsers.MANAGER, TestUsers.PASSWORD);
        browser.click(By.linkText("My team"));
        browser.until(d -> browser.text("[data-test=team]").contains("Team Member") ? true : null);
        browser.screenshot("manager-team");

        // a two-way review, written together: both halves are needed, and one per period
        browser.click("[aria-label='Two-way review with Team Member']");
        browser.click("form[aria-label='Two-way review'] button[type=submit]");
        browser.until(d -> browser.text("[data-test=review-error]").contains("Their reflection must not be blank")
                ? true : null);
        browser.find("#rv-self").sendKeys("I grew into owning the checkout");
        browser.find("#rv-manager").sendKeys("Ready for more scope");
        browser.click("form[aria-label='Two-way review'] button[type=submit]");
        browser.until(d -> browser.text("[data-test=reviewed]").endsWith("with Team Member recorded.") ? true : null);
        browser.click("[aria-label='Two-way review with Team Member']");
        browser.find("#rv-self").sendKeys("again");
        browser.find("#rv-manager").sendKeys("again");
        browser.click("form[aria-label='Two-way review'] button[type=submit]");
        browser.until(d -> browser.text("[data-test=review-error]").contains("already") ? true : null);
        browser.click(By.xpath("//form[@aria-label='Two-way review']//button[. = 'Cancel']"));
        assertThat(api.timelineWhen(report, "?kind=REVIEW_COMPLETED", 1).toString())
                .contains("I grew into owning the checkout", "Ready for more scope");

        browser.click(By.linkText("Record a completion"));
        browser.find("#rc-person").sendKeys("Team Mem");
        browser.click(By.xpath("//button[normalize-space()='Team Member']"));
        browser.find("#rc-courseId").sendKeys("feedback-101");
        browser.find("#rc-title").sendKeys("Giving feedback");
        browser.find("#rc-hours").sendKeys("2");
        browser.script("document.getElementById('rc-completedOn').value='2024-04-04';"
                               + "document.getElementById('rc-completedOn').dispatchEvent(new Event('input'))");
        browser.click("form button[type=submit]");
        assertThat(browser.text("[data-test=record-done]")).contains("Recorded");
        browser.click("[data-test=record-done] a");
        browser.reloadUntil("[data-test=timeline-count]",
                            d -> browser.text("[data-test=timeline]").contains("Completed Giving feedback"));
        browser.screenshot("manager-report-timeline");
    }

    @Test
    void anEmployeeAsksForAMentorAndTheRequestIsOnTheirTimeline() {
        String emma = api.employeeOf(TestUsers.EMPLOYEE);
        browser.signIn(TestUsers.EMPLOYEE, TestUsers.PASSWORD);
        browser.click(By.linkText("Find a mentor"));
        browser.click("form button[type=submit]");
        assertThat(browser.text("[data-test=error-topic]")).isNotBlank();
        browser.screenshot("mentor-request-errors");

        String topic = "event sourcing " + System.nanoTime();
        browser.find("#mt-topic").sendKeys(topic);
        browser.find("#mt-goals").sendKeys("model a bounded context");
        browser.click(By.xpath("//button[normalize-space()='Suggest mentors']"));
        browser.click("form button[type=submit]");
        assertThat(browser.text("[data-test=mentor-requested]")).contains("Your request is recorded");
        browser.until(d -> browser.text("[data-test=my-mentorships]").contains(topic) ? true : null);
        assertThat(browser.text("[data-test=my-mentorships]"))
                .contains("As mentee since " + LocalDate.now(ZoneOffset.UTC) + ", waiting for a match");
        browser.screenshot("mentor-requested");

        browser.open("/#/timeline/" + emma);
        browser.reloadUntil("[data-test=timeline-count]", d -> !d.findElements(
                By.cssSelector("[data-test=timeline] li[data-kind=MENTORSHIP_REQUESTED]")).isEmpty());

        // asked by mistake: the employee cancels the request, saying why
        browser.click(By.linkText("Find a mentor"));
        browser.click("[aria-label='Cancel the mentorship: " + topic + "']");
        browser.find("#ms-reason-" + mentorshipIdOf(emma, topic)).sendKeys("found a mentor in my squad");
        browser.click("form[aria-label='Cancel the mentorship: " + topic + "'] button[type=submit]");
        By request = By.xpath("//div[@data-test='my-mentorships']//li[contains(., '" + topic + "')]");
        browser.until(d -> d.findElements(request).stream().anyMatch(li -> li.getText().contains(", cancelled"))
                ? true : null);
    }

    private String mentorshipIdOf(String menteeId, String topic) {
        return idOf("/api/employees/" + menteeId + "/mentorships", "asMentee", topic, "mentorshipId");
    }

    private String goalIdOf(String employeeId, String title) {
        return idOf("/api/employees/" + employeeId + "/development-plan", "goals", title, "goalId");
    }

    /** The id of the thread with that title in the list under {@code key} of a plan or mentorships answer. */
    private String idOf(String path, String key, String title, String idField) {
        for (var thread : api.getWhen(path, answer -> answer.toString().contains(title)).get(key)) {
            if (thread.get("title").asText().equals(title)) {
                return thread.get(idField).asText();
            }
        }
        throw new AssertionError("No " + key + " entry " + title);
    }

    @Test
    void aMenteeLogsASessionMarksAGoalAchievedAndConcludesTheirMentorship() {
        String emma = api.employeeOf(TestUsers.EMPLOYEE);
        String mentor = api.hire("Session Mentor", "Engineering", "E6");
        String topic = "pairing " + System.nanoTime();
        ApiClient.Reply requested = api.call("POST", "/api/mentorships", """
                {"menteeId":"%s","kind":"CLASSIC","topic":"%s","goals":["pair weekly"],"requestedOn":"2024-03-01"}"""
                .formatted(emma, topic));
        String mentorshipId = requested.body().get("mentorshipId").asText();
        assertThat(api.call("POST", "/api/mentorships/" + mentorshipId + "/match", """
                {"mentorId":"%s","matchedOn":"2024-03-08"}""".formatted(mentor)).status()).isEqualTo(201);
        api.getWhen("/api/employees/" + emma + "/mentorships", m -> m.toString().contains("Session Mentor"));

        browser.signIn(TestUsers.EMPLOYEE, TestUsers.PASSWORD);
        browser.click(By.linkText("Find a mentor"));
        browser.until(d -> browser.text("[data-test=my-mentorships]").contains("matched, mentor Session Mentor")
                ? true : null);
        browser.click("[aria-label='Log a session: " + topic + "']");
        browser.find("#ms-notes-" + mentorshipId).sendKeys("first pairing");
        browser.click("form[aria-label='Log a session: " + topic + "'] button[type=submit]");
        browser.until(d -> browser.text("[data-test=mentorship-step-done]").startsWith("Session of 30 minutes logged")
                ? true : null);
        browser.until(d -> browser.text("[data-test=my-mentorships]").contains("1 session") ? true : null);
        browser.screenshot("mentee-session-logged");

        browser.click("[aria-label='Goal achieved: " + topic + "']");
        assertThat(new Select(browser.find("#ms-goal-" + mentorshipId)).getFirstSelectedOption().getText())
                .isEqualTo("pair weekly");
        browser.click("form[aria-label='Goal achieved: " + topic + "'] button[type=submit]");
        browser.until(d -> browser.text("[data-test=my-mentorships]").contains("Goals: pair weekly (achieved)")
                ? true : null);
        // every goal achieved: nothing is left to mark
        assertThat(browser.driver().findElements(By.cssSelector("[aria-label='Goal achieved: " + topic + "']")))
                .allMatch(button -> !button.isDisplayed());

        browser.click("[aria-label='Conclude: " + topic + "']");
        browser.find("#ms-mentee-" + mentorshipId).sendKeys("I design services with confidence now");
        browser.click("form[aria-label='Conclude: " + topic + "'] button[type=submit]");
        // both sides give feedback: the API names the one missing, and nothing is recorded
        browser.until(d -> browser.text("form[aria-label='Conclude: " + topic + "'] [data-test=mentorship-step-error]")
                                  .contains("The mentor's feedback must not be blank") ? true : null);
        browser.find("#ms-mentor-" + mentorshipId).sendKeys("A quick learner");
        browser.click("form[aria-label='Conclude: " + topic + "'] button[type=submit]");
        browser.until(d -> browser.text("[data-test=my-mentorships]").contains(", concluded, mentor Session Mentor")
                ? true : null);
        assertThat(api.getWhen("/api/employees/" + emma + "/timeline?limit=500",
                               t -> t.toString().contains("I design services with confidence now")).toString())
                .contains("Mentorship goal achieved: pair weekly", "A quick learner");
        browser.screenshot("mentee-mentorship-concluded");
    }

    @Test
    void theCommitteeReviewsAndTheChairDecidesOnTheCasePageWithTheFourEyesRuleInView() {
        String chair = api.employeeOf(TestUsers.COMMITTEE);
        String member = api.employeeOf(TestUsers.SECOND_COMMITTEE);
        String caseId = nominatedCase("Case Nominee");
        ApiClient talent = api.as(TestUsers.TALENT_PARTNER);
        assertThat(talent.call("POST", "/api/promotions/" + caseId + "/committee", """
                {"members":["%s","%s"],"chairId":"%s","assignedOn":"2024-05-03"}""".formatted(chair, member, chair))
                         .status()).isEqualTo(201);
        assertThat(talent.call("POST", "/api/promotions/" + caseId + "/evidence", """
                {"assessedOn":"2024-05-03"}""").status()).isEqualTo(201);
        api.getWhen("/api/promotions/" + caseId + "/audit", a -> a.hasNonNull("evidence"));

        browser.signIn(TestUsers.SECOND_COMMITTEE, TestUsers.PASSWORD);
        browser.open("/#/case/" + caseId);
        assertThat(browser.text("[data-test=four-eyes]")).contains("0 reviews filed (2 required)",
                                                                   "only the chair, User " + TestUsers.COMMITTEE + ",");
        assertThat(browser.text("h1")).isEqualTo("Promotion of Case Nominee to Engineering E4");
        browser.find("#cs-comments").sendKeys("Operates at staff scope");
        browser.click("form[aria-label='Your review'] button");
        browser.until(d -> browser.text("[data-test=reviews]").contains("Operates at staff scope") ? true : null);
        assertThat(browser.driver().findElements(By.cssSelector("form[aria-label='The decision']")).get(0).isDisplayed())
                .as("a member who is not the chair does not decide").isFalse();
        browser.screenshot("committee-member-reviewed");
        browser.click("header button");

        browser.signIn(TestUsers.COMMITTEE, TestUsers.PASSWORD);
        browser.open("/#/case/" + caseId);
        browser.until(d -> browser.text("[data-test=four-eyes]").contains("1 review filed (2 required)") ? true : null);
        assertThat(browser.driver().findElements(By.cssSelector("form[aria-label='The decision']")).get(0).isDisplayed())
                .as("the chair decides only once every review is in").isFalse();
        browser.find("#cs-comments").sendKeys("Ready for the next level");
        browser.click("form[aria-label='Your review'] button");
        browser.until(d -> browser.text("[data-test=four-eyes]").contains("2 reviews filed (2 required)")
                ? true : null);
        assertThat(browser.text("[data-test=decide-against]")).startsWith("The evidence says not ready: approving decides");
        browser.find("#cs-rationale").sendKeys("Both reviews approve and the evidence is complete");
        browser.click("form[aria-label='The decision'] button");
        String decided = "approved by the chair, User " + TestUsers.COMMITTEE + ", on";
        browser.until(d -> browser.text("[data-test=decision]").startsWith(decided) ? true : null);
        browser.screenshot("chair-decided");

        // The evidence shows each criterion as assessed; an approval the rules would not have given is pointed out.
        assertThat(browser.text("[data-test=evidence-criteria]")).contains("✗ Not yet", " so far, ", " needed)");
        String readiness = api.getWhen("/api/promotions/" + caseId + "/audit", a -> a.hasNonNull("decision"))
                              .get("evidence").get("readinessStatus").asText();
        assertThat(readiness).as("no course, no talk: not ready for E4").isEqualTo("NOT_READY");
        assertThat(browser.text("[data-test=against-evidence]"))
                .isEqualTo("Decided against the evidence: approved although the readiness rules said not ready."
                                   + " The rationale above is the committee's reason.");
    }

    /** A case nominated by mark, the nominee's manager. */
    private String nominatedCase(String nomineeName) {
        String mark = api.employeeOf(TestUsers.MANAGER);
        String nominee = api.hire(nomineeName);
        api.call("POST", "/api/employees/" + nominee + "/transfers", """
                {"managerId":"%s","effectiveOn":"2024-01-02"}""".formatted(mark));
        api.getWhen("/api/employees/" + nominee + "/timeline", t -> t.get("entries").size() == 2);
        ApiClient.Reply nominated = api.as(TestUsers.MANAGER).call("POST", "/api/promotions", """
                {"employeeId":"%s","toLevel":"E4","justification":"leads the redesign","nominatedOn":"2024-05-02"}"""
                .formatted(nominee));
        assertThat(nominated.status()).as(String.valueOf(nominated.body())).isEqualTo(201);
        return nominated.body().get("caseId").asText();
    }

    @Test
    void anAuditorVerifiesTheChainReadsACaseAndExportsTheEvents() {
        String caseId = nominatedCase("Audited Nominee");
        api.as(TestUsers.AUDITOR).getWhen("/api/promotions", r -> r.toString().contains(caseId));
        browser.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        browser.click(By.linkText("Audit"));
        browser.click(By.xpath("//button[normalize-space()='Verify the store']"));
        browser.until(d -> browser.text("[data-test=verify-result]").startsWith("OK:") ? true : null);
        new Select(browser.find("#ex-format")).selectByValue("csv");
        browser.click(By.xpath("//button[normalize-space()='Download the events']"));
        browser.until(d -> browser.text("[data-test=export-result]").startsWith("Downloaded events.csv") ? true : null);
        browser.screenshot("auditor-verified-and-exported");

        browser.click(By.linkText("Promotion cases"));
        browser.click("[data-test=cases] a");
        browser.until(d -> browser.text("[data-test=case-status]").isBlank() ? null : true);
        browser.screenshot("auditor-case-record");
    }

    @Test
    void aTalentPartnerProposesARotationAndMatchesAMentorAndBothShowOnTimelines() {
        String mentee = api.hire("Rotating Mentee", "Engineering", "E1");
        api.getWhen("/api/search?q=rotating%20mentee", r -> r.get("results").toString().contains(mentee));
        assertThat(api.as(TestUsers.TALENT_PARTNER).call("POST", "/api/mentorships", """
                {"menteeId":"%s","kind":"CLASSIC","topic":"distributed systems","goals":["ship a saga"],
                 "requestedOn":"2024-03-01"}""".formatted(mentee)).status()).isEqualTo(201);
        api.getWhen("/api/employees/" + mentee + "/mentorships", m -> m.get("asMentee").size() == 1);

        browser.signIn(TestUsers.TALENT_PARTNER, TestUsers.PASSWORD);
        browser.click(By.linkText("Rotations"));
        browser.find("#ro-person").sendKeys("Rotating Men");
        browser.click(By.xpath("//button[normalize-space()='Rotating Mentee']"));
        browser.click("form[aria-label='Propose a rotation'] button[type=submit]");
        assertThat(browser.text("[data-test=error-hostTeam]")).isNotBlank();
        browser.find("#ro-hostTeam").sendKeys("Design Systems");
        browser.script("for (const [id, day] of [['ro-plannedStart', '2030-01-06'], ['ro-plannedEnd', '2030-04-06']]) {"
                               + " const input = document.getElementById(id); input.value = day;"
                               + " input.dispatchEvent(new Event('input')); }");
        browser.click("form[aria-label='Propose a rotation'] button[type=submit]");
        assertThat(browser.text("[data-test=rotation-done]")).contains("Proposed");
        // the open rotations list it at once; the talent partner may cancel it, not approve it
        browser.until(d -> browser.text("[data-test=open-rotations]").contains("Rotating Mentee") ? true : null);
        assertThat(browser.driver().findElements(By.cssSelector("[aria-label='Approve: Rotating Mentee']"))).isEmpty();
        browser.screenshot("talent-partner-rotation-proposed");
        browser.click("[data-test=rotation-done] a");
        browser.reloadUntil("[data-test=timeline-count]",
                            d -> !d.findElements(By.cssSelector("li[data-kind=ROTATION_PROPOSED]")).isEmpty());

        api.as(TestUsers.TALENT_PARTNER).getWhen("/api/mentorships/requests", r -> r.toString().contains(mentee));
        browser.open("/#/match"); // the request waits in the list: chosen there, no name typed
        browser.click(By.cssSelector("[data-test=waiting] button[aria-label='Choose Rotating Mentee, distributed systems']"));
        browser.until(d -> "Rotating Mentee".equals(browser.find("#mm-person").getAttribute("value")) ? true : null);
        browser.find("#mm-mentor");
        String mentor = (String) browser.script("return document.getElementById('mm-mentor').value");
        assertThat(mentor).isNotBlank();
        browser.click("form button[type=submit]");
        assertThat(browser.text("[data-test=match-done]")).contains("Matched");
        // matched, the request leaves the list (which is hidden once nobody waits)
        browser.until(d -> d.findElements(By.cssSelector("[data-test=waiting]")).stream()
                            .anyMatch(list -> list.getText().contains("distributed systems")) ? null : true);
        browser.screenshot("talent-partner-mentor-matched");
        browser.open("/#/timeline/" + mentor);
        browser.reloadUntil("[data-test=timeline-count]",
                            d -> !d.findElements(By.cssSelector("li[data-kind=MENTORING_STARTED]")).isEmpty());
    }

    @Test
    void anEmployeeRecordsATalkAndAHackWeekProjectOnTheirOwnRecord() {
        String emma = api.employeeOf(TestUsers.EMPLOYEE);
        String talk = "Tracing without tears " + System.nanoTime();
        browser.signIn(TestUsers.EMPLOYEE, TestUsers.PASSWORD);
        browser.click(By.linkText("Talks and projects"));
        browser.click("form[aria-label='Record what you shared'] button[type=submit]");
        assertThat(browser.text("[data-test=error-title]")).isNotBlank();
        browser.find("#sh-title").sendKeys(talk);
        browser.find("#sh-venue").sendKeys("Tech Talks");
        browser.find("#sh-skills").sendKeys("observability, tracing");
        browser.click("form[aria-label='Record what you shared'] button[type=submit]");
        assertThat(browser.text("[data-test=share-done]")).contains("Recorded");

        String project = "Playlist time machine " + System.nanoTime();
        new Select(browser.find("#sh-kind")).selectByValue("hackWeek");
        browser.find("#sh-hackWeek").sendKeys("2025-spring");
        browser.find("#sh-title").sendKeys(project);
        new Select(browser.find("#sh-outcome")).selectByValue("SHIPPED");
        browser.click("form[aria-label='Record what you shared'] button[type=submit]");
        browser.until(d -> browser.text("[data-test=share-done]").contains("Recorded") ? true : null);
        browser.screenshot("employee-shared");

        String timeline = "/api/employees/" + emma + "/timeline?limit=500";
        String entries = api.getWhen(timeline, t -> t.toString().contains(project)).toString();
        assertThat(entries).contains(talk, "observability", "SHIPPED");

        // a passion project started is still going, until one says how it ended
        String passion = "Lyrics in sign language " + System.nanoTime();
        new Select(browser.find("#sh-kind")).selectByValue("passionProject");
        browser.find("#sh-title").sendKeys(passion);
        browser.click("form[aria-label='Record what you shared'] button[type=submit]");
        browser.click("[aria-label='Shipped: " + passion + "']");
        browser.click("form[aria-label='Shipped: " + passion + "'] button[type=submit]");
        browser.until(d -> browser.text("form[aria-label='Shipped: " + passion + "'] [data-test=ongoing-error]")
                                  .contains("Outcome must not be blank") ? true : null);
        browser.find("form[aria-label='Shipped: " + passion + "'] input").sendKeys("used in the app's settings");
        browser.click("form[aria-label='Shipped: " + passion + "'] button[type=submit]");
        browser.until(d -> browser.text("[data-test=ongoing-done]").equals("Marked shipped.") ? true : null);
        assertThat(browser.driver().findElements(By.cssSelector("[aria-label='Shipped: " + passion + "']"))).isEmpty();
        assertThat(api.getWhen(timeline, t -> t.toString().contains("used in the app's settings")).toString())
                .contains("PASSION_PROJECT_SHIPPED");
    }

    @Test
    void anEmployeeGivesAColleagueFeedbackWhichTheirTimelineShowsAsFromAPeer() {
        api.employeeOf(TestUsers.EMPLOYEE);
        String colleague = api.hire("Praised Colleague");
        api.getWhen("/api/search?q=praised%20colleague", r -> r.toString().contains(colleague));

        browser.signIn(TestUsers.EMPLOYEE, TestUsers.PASSWORD);
        browser.click(By.linkText("Give feedback"));
        browser.find("#fb-person").sendKeys("Praised Coll");
        browser.click(By.xpath("//button[normalize-space()='Praised Colleague']"));
        browser.click("form[aria-label='Give feedback'] button[type=submit]");
        assertThat(browser.text("[data-test=error-text]")).isNotBlank();
        browser.find("#fb-text").sendKeys("Your incident write-up taught the whole tribe");
        browser.click("form[aria-label='Give feedback'] button[type=submit]");
        assertThat(browser.text("[data-test=feedback-done]")).contains("Praised Colleague's timeline");
        browser.screenshot("employee-feedback-given");

        JsonNode entries = api.timelineWhen(colleague, "?kind=FEEDBACK_RECEIVED", 1).get("entries");
        assertThat(entries.get(0).get("title").asText()).isEqualTo("Feedback from a peer");
        assertThat(entries.get(0).toString()).contains("Your incident write-up taught the whole tribe");
    }

    @Test
    void aHostLeadApprovesARotationIntoTheirTeamThenStartsExtendsAndCompletesIt() {
        api.employeeOf(TestUsers.HOST_LEAD, "Design Systems");
        String employee = api.hire("Hosted Engineer");
        ApiClient.Reply proposed = api.call("POST", "/api/employees/" + employee + "/rotations", """
                {"hostTeam":"Design Systems","hostTrack":"Engineering","plannedStart":"2024-04-01",
                 "plannedEnd":"2024-07-01","proposedOn":"2024-03-05"}""");
        assertThat(proposed.status()).isEqualTo(201);
        api.as(TestUsers.HOST_LEAD).getWhen("/api/rotations", r -> r.toString().contains(employee));

        browser.signIn(TestUsers.HOST_LEAD, TestUsers.PASSWORD);
        browser.click(By.linkText("Rotations"));
        browser.click("[aria-label='Approve: Hosted Engineer']");
        browser.click("form[aria-label='Approve: Hosted Engineer'] button[type=submit]");
        browser.until(d -> rotationRow(d, "Hosted Engineer").contains("approved\nhost lead User hank") ? true : null);
        browser.click("[aria-label='Start: Hosted Engineer']");
        browser.click("form[aria-label='Start: Hosted Engineer'] button[type=submit]");
        browser.until(d -> rotationRow(d, "Hosted Engineer").contains("started\nhost lead User hank") ? true : null);

        browser.click("[aria-label='Extend: Hosted Engineer']");
        browser.click("form[aria-label='Extend: Hosted Engineer'] button[type=submit]");
        browser.until(d -> browser.text("[data-test=rotation-step-error]").contains("New planned end must not be null")
                ? true : null);
        browser.script("const input = document.getElementById('rs-end'); input.value = '2024-09-01';"
                               + " input.dispatchEvent(new Event('input'))");
        browser.click("form[aria-label='Extend: Hosted Engineer'] button[type=submit]");
        browser.until(d -> rotationRow(d, "Hosted Engineer").contains("2024-04-01 to 2024-09-01") ? true : null);
        browser.screenshot("host-lead-rotation-extended");

        browser.click("[aria-label='Complete: Hosted Engineer']");
        new Select(browser.find("#rs-outcome")).selectByValue("CONVERTED");
        browser.click("form[aria-label='Complete: Hosted Engineer'] button[type=submit]");
        browser.until(d -> browser.text("[data-test=rotation-step-done]").equals("Completed.") ? true : null);
        assertThat(browser.text("[data-test=open-rotations]")).doesNotContain("Hosted Engineer");
        // converted: the employee moved to the host team, under the lead who approved
        api.as(TestUsers.HOST_LEAD).getWhen("/api/readiness", reports -> reports.toString().contains(employee));
        browser.screenshot("host-lead-rotation-completed");
    }

    @Test
    void anEmployeeProposesAGoalTheirManagerAgreesAndNominatesAReport() {
        String mark = api.employeeOf(TestUsers.MANAGER);
        String emma = api.employeeOf(TestUsers.EMPLOYEE);
        String report = api.hire("Nominated Report");
        for (String person : List.of(emma, report)) {
            api.call("POST", "/api/employees/" + person + "/transfers", """
                    {"managerId":"%s","effectiveOn":"2023-03-01"}""".formatted(mark)); // 422 when already so
        }
        api.as(TestUsers.MANAGER).getWhen("/api/readiness", r -> r.toString().contains(report) && r.toString().contains(emma));

        String goal = "Run a design review " + System.nanoTime();
        browser.signIn(TestUsers.EMPLOYEE, TestUsers.PASSWORD);
        browser.click(By.linkText("My readiness and plan"));
        browser.click("form[aria-label='Propose a goal'] button");
        assertThat(browser.text("[data-test=error-title]")).isNotBlank();
        browser.find("#gl-title").sendKeys(goal);
        browser.script("const input = document.getElementById('gl-target'); input.value = '2030-06-30';"
                               + " input.dispatchEvent(new Event('input'))");
        browser.click("form[aria-label='Propose a goal'] button");
        browser.until(d -> browser.text("[data-test=goals]").contains(goal) ? true : null);
        browser.screenshot("employee-goal-proposed");
        browser.click("header button");

        browser.signIn(TestUsers.MANAGER, TestUsers.PASSWORD);
        browser.open("/#/readiness/" + emma);
        browser.click("[aria-label='Agree to " + goal + "']");
        browser.until(d -> d.findElements(By.xpath("//ul[@data-test='goals']/li[contains(., '" + goal + "')]"))
                            .stream().anyMatch(li -> li.getText().contains("agreed")) ? true : null);
        browser.screenshot("manager-goal-agreed");

        // the goal's later steps, each with its date: a drop needs a reason, progress a note
        browser.click("[aria-label='Drop: " + goal + "']");
        browser.click("form[aria-label='Drop: " + goal + "'] button[type=submit]");
        browser.until(d -> browser.text("form[aria-label='Drop: " + goal + "'] [data-test=goal-step-error]")
                                  .contains("Why must not be blank") ? true : null);
        browser.click(By.xpath("//form[@aria-label='Drop: " + goal + "']//button[. = 'Back']"));
        browser.click("[aria-label='Note progress: " + goal + "']");
        browser.find("#gs-text-" + goalIdOf(emma, goal)).sendKeys("First review held");
        browser.click("form[aria-label='Note progress: " + goal + "'] button[type=submit]");
        browser.until(d -> browser.text("[data-test=goals]").contains(": First review held") ? true : null);
        browser.click("[aria-label='Achieved: " + goal + "']");
        browser.click("form[aria-label='Achieved: " + goal + "'] button[type=submit]");
        browser.until(d -> d.findElements(By.xpath("//ul[@data-test='goals']/li[contains(., '" + goal + "')]"))
                            .stream().anyMatch(li -> li.getText().contains("· achieved")) ? true : null);
        assertThat(browser.driver().findElements(By.cssSelector("[aria-label='Drop: " + goal + "']")))
                .allMatch(button -> !button.isDisplayed());
        browser.screenshot("manager-goal-achieved");

        browser.click(By.linkText("My team"));
        browser.click("[aria-label='Nominate Nominated Report for E4']");
        browser.click("form[aria-label='Nominate for promotion'] button[type=submit]");
        assertThat(browser.text("[data-test=error-justification]")).isNotBlank();
        browser.find("#nm-justification").sendKeys("Leads the checkout rewrite");
        browser.click("form[aria-label='Nominate for promotion'] button[type=submit]");
        assertThat(browser.text("[data-test=nominated]")).contains("Nominated");
        // the row now leads to the open case instead of offering a second nomination
        browser.until(d -> d.findElements(By.xpath("//tr[td/a[. = 'Nominated Report']]//a[@data-test='case-open']"))
                            .stream().anyMatch(WebElement::isDisplayed) ? true : null);
        assertThat(browser.driver().findElement(By.cssSelector("[aria-label='Nominate Nominated Report for E4']"))
                          .isDisplayed()).isFalse();
        browser.click("[data-test=nominated] a");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        browser.reloadUntil("[data-test=cases]", d -> !d.findElements(By.xpath(
                "//table[@data-test='cases']//tr[td[contains(., '" + today + "')] and td[. = 'open']]")).isEmpty());
        browser.screenshot("manager-nominated");
    }

    /** The text of the open rotation's row for that employee; empty when none is listed. */
    private static String rotationRow(WebDriver driver, String employeeName) {
        return driver.findElements(By.xpath("//div[@data-test='open-rotations']//tr[td/a[. = '" + employeeName + "']]"))
                     .stream().map(WebElement::getText).findFirst().orElse("");
    }
}
