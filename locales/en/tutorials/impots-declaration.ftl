# Tutorial: declare your income on impots.gouv.fr. Plain English: one sentence per line.

impots-declaration-title = Declare your income on impots.gouv.fr

impots-declaration-1-title = Open the tax website
impots-declaration-1-text =
    Every spring, you declare your income from the year before.
    Your income is the money you received: wages, pension, unemployment benefit.
    You can make this declaration on the internet.
    Open the website impots.gouv.fr.
    Tap the button « Votre espace particulier » (your personal space).
impots-declaration-1-image = A globe with the letters www, like a website.
impots-declaration-1-tip = The dates of the declaration are given each year on impots.gouv.fr.
impots-declaration-1-caution = The declaration is free: a website that asks for money is a scam.

impots-declaration-2-title = Have your tax number ready
impots-declaration-2-text =
    To enter your space, you need your tax number, the « numéro fiscal ».
    This number has 13 digits.
    It is written at the top of the first page of an old tax notice.
    A tax notice, « avis d'impôt », is the paper the tax office sends you each year.
    You also need your password.
impots-declaration-2-image = A sheet of paper with written lines.
impots-declaration-2-tip = The tax number is also written on last year's paper declaration.

impots-declaration-3-title = Log in
impots-declaration-3-text =
    Type your tax number, then tap « Continuer » (continue).
    Type your password, then tap « Se connecter » (log in).
    You can also tap « S'identifier avec FranceConnect » (log in with FranceConnect).
    With FranceConnect, you enter with another account, for example ameli.
    Practise here with a pretend account.
impots-declaration-3-image = An arrow goes into a door.
impots-declaration-3-tip = If you forgot your password, tap « Mot de passe oublié ? » (forgotten password).

impots-declaration-4-title = Open your declaration
impots-declaration-4-text =
    You are in your space.
    Look for the button « Déclarer mes revenus » (declare my income).
    Tap this button.
    Your declaration opens.
    First, check your address and your family situation.
impots-declaration-4-image = A sheet of paper with a pencil.
impots-declaration-4-tip = This button only appears during the declaration period, in spring.

impots-declaration-5-title = Check the amounts
impots-declaration-5-text =
    Most amounts are already filled in.
    For example, your wages or your pension.
    Compare them with your payslips or your pension papers.
    If an amount is wrong, tap the box and correct it.
    If an income is missing, add it.
impots-declaration-5-image = A list with ticked boxes.
impots-declaration-5-caution = Check carefully: a wrong amount can change your tax and your benefits.

impots-declaration-6-title = Sign your declaration
impots-declaration-6-text =
    At the end, read the summary of your declaration again.
    Tap the button « Signer » (sign).
    Your declaration is sent.
    A receipt appears, the « accusé de réception ».
    It proves that your declaration has arrived.
    You also receive it by e-mail.
    Keep this e-mail.
impots-declaration-6-image = A signature on a line.
impots-declaration-6-tip = You can still correct your declaration online later.

impots-declaration-7-title = It is done
impots-declaration-7-text =
    Well done, your declaration is sent.
    You entered your space on impots.gouv.fr.
    You checked the amounts, then you signed.
    Keep your receipt safe.
    Later, your tax notice will arrive in your space.
impots-declaration-7-image = A sheet of paper with a tick.
