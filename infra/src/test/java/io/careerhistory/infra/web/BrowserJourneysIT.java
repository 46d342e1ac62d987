package io.careerhistory.infra.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
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
        browser.until(d -> d.findElement(By.xpath("//button[normalize-space()='Browser Learner']"))).click();
        browser.find("#rc-courseId").sendKeys("browser-k8s");
        browser.find("#rc-title").sendKeys("Kubernetes in the browser");
        new Select(browser.find("#rc-provider")).selectByValue("WORKSHOP");
        browser.find("#rc-hours").sendKeys("6");
        browser.script("document.getElementById('rc-completedOn').value='2024-03-05';"
                               + "document.getElementById('rc-completedOn').dispatchEvent(new Event('input'))");
        browser.find("#rc-skills").sendKeys("kubernetes, containers");
        browser.screenshot("talent-partner-record-form");
        browser.find("form button[type=submit]").click();
        assertThat(browser.text("[data-test=record-done]")).contains("Recorded");
        browser.screenshot("talent-partner-recorded");

        browser.find("[data-test=record-done] a").click();
        // the timeline view follows the command: reopen it until the entry is there
        browser.until(d -> {
            d.navigate().refresh();
            return browser.text("[data-test=timeline]").contains("Completed Kubernetes in the browser") ? true : null;
        });
        browser.screenshot("talent-partner-timeline-shows-completion");
    }

    @Test
    void errorsAreShownInPlainWordsAtTheFieldTheyConcern() {
        String learner = api.hire("Field Errors");
        api.getWhen("/api/search?q=field%20errors", r -> r.get("results").size() > 0);

        browser.open("/#/signin");
        browser.find("#user").sendKeys(TestUsers.TALENT_PARTNER);
        browser.find("#password").sendKeys("not-the-password");
        browser.find("form button[type=submit]").click();
        assertThat(browser.text("[data-test=signin-error]")).isEqualTo("That user name and password do not match. Try again.");
        browser.screenshot("sign-in-refused");

        browser.signIn(TestUsers.TALENT_PARTNER, TestUsers.PASSWORD);
        browser.open("/#/record");
        browser.find("form button[type=submit]").click();
        assertThat(browser.text("[data-test=record-error]")).isEqualTo("Pick the employee first.");
        browser.find("#rc-person").sendKeys("Field Err");
        browser.until(d -> d.findElement(By.xpath("//button[normalize-space()='Field Errors']"))).click();
        browser.find("#rc-title").sendKeys("Missing its id and hours");
        browser.find("form button[type=submit]").click();
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

        browser.driver().findElement(By.linkText("My readiness and plan")).click();
        assertThat(browser.text("[data-test=readiness-status]")).isNotBlank();
        assertThat(browser.find("[data-test=checklist]").findElements(By.tagName("li"))).isNotEmpty();
        browser.screenshot("employee-readiness");
    }

    @Test
    void anAdminStartsARebuildAndWatchesItsProgressBarToTheEnd() {
        browser.signIn(TestUsers.ADMIN, TestUsers.PASSWORD);
        browser.until(d -> d.getCurrentUrl().endsWith("#/projections") ? true : null);
        WebElement row = browser.find("tr[data-projection=search]");
        browser.screenshot("admin-projections");
        row.findElement(By.cssSelector("button")).click();
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
        assertThat(browser.find("tr[data-projection=search] progress").getAttribute("value")).isEqualTo("100");
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
        assertThat(browser.driver().findElements(By.cssSelector("[role=alert]")).stream().filter(WebElement::isDisplayed))
                .isEmpty();
        browser.screenshot("analyst-dashboard");
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
    }
}
