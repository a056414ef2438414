# Tutorial: log in with FranceConnect. Plain English: one sentence per line.

franceconnect-title = Log in with FranceConnect

franceconnect-1-title = One account for many websites
franceconnect-1-text =
    FranceConnect is a service of the French State.
    It lets you enter many public websites.
    You use an account you already have.
    For example, your tax account or your ameli account.
    You avoid remembering a new password.
franceconnect-1-image = A key.
franceconnect-1-tip = An account is your personal space on a website, protected by a password.

franceconnect-2-title = Find the FranceConnect button
franceconnect-2-text =
    Go to the public service website.
    For example, the tax website or France Travail.
    Look for the button « S'identifier avec FranceConnect » (Log in with FranceConnect).
    Tap this button.
franceconnect-2-image =
    The login page of a public website.
    The FranceConnect button is circled.
franceconnect-2-tip =
    Some websites ask for FranceConnect+, a safer version.
    You then need France Identité or the Identité Numérique La Poste.

franceconnect-3-title = Choose an account you have
franceconnect-3-text =
    FranceConnect shows you a list of accounts.
    For example, the tax office, ameli, France Identité or the Identité Numérique La Poste.
    Choose an account whose password you know.
    Tap this account.
franceconnect-3-image = A list with ticks.
franceconnect-3-tip =
    Choose the same account every time.
    It is easier to remember.

franceconnect-4-title = Type your login and your password
franceconnect-4-text =
    The website of the chosen account opens.
    Type your login (« identifiant ») and your password.
    The login is the number or the name that identifies you.
    The website may also ask for a secret code received by e-mail.
    Tap the button to log in.
franceconnect-4-image = Stars hide a password.
franceconnect-4-caution = Never give your password on the phone, by text message or by e-mail.

franceconnect-5-title = Try with a fake account
franceconnect-5-text =
    Here, you practise with a fake account.
    The screen shows you a fake login and a fake password.
    Copy them into the boxes.
    Tap the eye to show or hide the password.
    The kiosk sends nothing and keeps nothing.
franceconnect-5-image = An eye.

franceconnect-6-title = Well done!
franceconnect-6-text =
    Then you come back to the public service website, which recognises you.
    You can do your procedure.
    Remember: the FranceConnect button, then an account you already have.
    To get help, there is a phone number and there are places.
franceconnect-6-image = A hand with a thumbs up.
franceconnect-6-tip = On a shared computer, log out at the end of your procedure.
franceconnect-6-caution = Never pay to use FranceConnect.

franceconnect-road-phone =
    By phone, call Solidarité Numérique on 01 70 772 372.
    Trained people help you with your online procedures.
    It is open Monday to Friday, from 9 am to 6 pm.
franceconnect-road-in-person =
    In person, a France Services centre helps you log in.
    This help is free.
