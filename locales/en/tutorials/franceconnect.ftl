# Tutorial: log in with FranceConnect. Plain English: one sentence per line.

franceconnect-title = Log in with FranceConnect

franceconnect-1-title = One account for many websites
franceconnect-1-text =
    FranceConnect is a free service of the French State.
    It lets you enter many public service websites.
    You use an account you already have.
    For example, your tax account or your ameli health insurance account.
    You do not need to remember a new password.
franceconnect-1-image = A key.
franceconnect-1-tip = An account is your personal space on a website, protected by a password.

franceconnect-2-title = Find the FranceConnect button
franceconnect-2-text =
    Go to the website of the public service.
    For example, the Caf website or the France Travail website.
    Look for the button « S'identifier avec FranceConnect » (Log in with FranceConnect).
    This button is blue.
    Tap this button.
franceconnect-2-image = An arrow goes in through a door.

franceconnect-3-title = Choose an account you have
franceconnect-3-text =
    FranceConnect shows you a list of accounts.
    For example: impots.gouv.fr, ameli.fr or l'Identité Numérique La Poste.
    Choose an account you already have.
    Take the one whose password you know.
    Tap this account.
franceconnect-3-image = A list with ticks.
franceconnect-3-tip = Choose the same account every time: it is easier to remember.

franceconnect-4-title = Type your username and your password
franceconnect-4-text =
    The website of the account you chose opens.
    Type your username.
    The username is the number or the name that identifies you.
    Then type your password: it is your secret code.
    Tap the button to log in.
franceconnect-4-image = Stars hide a password.
franceconnect-4-caution = Never give your password on the phone, by text message or by e-mail.

franceconnect-5-title = Try with a pretend account
franceconnect-5-text =
    Here, you practise with a pretend account.
    The screen shows you a pretend username and a pretend password.
    Copy them into the boxes.
    Tap the eye to show or hide the password.
    The kiosk sends nothing and keeps nothing.
franceconnect-5-image = An eye.

franceconnect-6-title = Well done!
franceconnect-6-text =
    Then you come back to the website of the public service.
    The website knows who you are: you can do what you came to do.
    Remember: the FranceConnect button, then an account you already have.
    You now know how to use FranceConnect.
franceconnect-6-image = A hand with a thumbs up.
franceconnect-6-tip = On a shared computer, log out when you have finished.
franceconnect-6-caution = FranceConnect is free: never pay to use it.
