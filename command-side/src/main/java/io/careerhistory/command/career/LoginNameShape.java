package io.careerhistory.command.career;

/** What a login name may be: it is typed to sign in. The hire API and the HRIS import take the same. */
public final class LoginNameShape {

    public static final String PATTERN = "[a-z0-9._-]{2,64}";
    public static final String RULE = "2 to 64 lower-case letters, digits, dots, dashes or underscores";

    private LoginNameShape() {
    }

    public static boolean fits(String loginName) {
        return loginName.matches(PATTERN);
    }
}
