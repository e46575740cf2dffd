namespace Mc2cm.Identity.Login;

/// <summary>
/// The login page's words in the portal's languages, chosen by the client's <c>ui_locales</c>
/// (first one supported; English otherwise).
/// </summary>
internal sealed record LoginTexts(
    string Language,
    string Direction,
    string Title,
    string Heading,
    string Note,
    string UserName,
    string Password,
    string Submit,
    string Failed,
    string UsersHeading,
    string PasswordRule,
    string SignedOut)
{
    private static readonly LoginTexts English = new(
        "en", "ltr",
        "Sign in — MC2CM",
        "Sign in to MC2CM",
        "Development issuer: for local runs and tests only.",
        "User name",
        "Password",
        "Sign in",
        "The user name or the password is not right.",
        "Development users",
        "Unless configured otherwise, a user's password is dev- followed by the user name, for example:",
        "You are signed out.");

    private static readonly LoginTexts French = new(
        "fr", "ltr",
        "Connexion — MC2CM",
        "Connexion à MC2CM",
        "Émetteur de développement : pour les essais locaux et les tests uniquement.",
        "Nom d’utilisateur",
        "Mot de passe",
        "Se connecter",
        "Le nom d’utilisateur ou le mot de passe n’est pas correct.",
        "Utilisateurs de développement",
        "Sauf configuration contraire, le mot de passe est dev- suivi du nom d’utilisateur, par exemple :",
        "Vous êtes déconnecté.");

    private static readonly LoginTexts Arabic = new(
        "ar", "rtl",
        "تسجيل الدخول — MC2CM",
        "تسجيل الدخول إلى MC2CM",
        "مُصدِر التطوير: للتشغيل المحلي والاختبارات فقط.",
        "اسم المستخدم",
        "كلمة المرور",
        "دخول",
        "اسم المستخدم أو كلمة المرور غير صحيحة.",
        "مستخدمو التطوير",
        "ما لم يُضبط غير ذلك، كلمة المرور هي dev- متبوعة باسم المستخدم، مثلًا:",
        "تم تسجيل خروجك.");

    /// <param name="uiLocales">Space-separated language tags, most wanted first ("ar-TN fr").</param>
    public static LoginTexts For(string? uiLocales)
    {
        foreach (var tag in (uiLocales ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (tag.Split('-')[0].ToLowerInvariant())
            {
                case "en": return English;
                case "fr": return French;
                case "ar": return Arabic;
            }
        }

        return English;
    }
}
