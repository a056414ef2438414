# Tutorial: declare your income on impots.gouv.fr. Plain English: one sentence per line.

impots-declaration-title = Declare your income on impots.gouv.fr

impots-declaration-1-title = Open the tax website
impots-declaration-1-text =
    Every spring, you declare your income from the year before.
    Your income is the money you received, for example a salary, a pension, unemployment benefit.
    Open the impots.gouv.fr website.
    At the top right of the page, tap the button « Connexion à l'espace Finances publiques » (Log in to the Public Finance space).
impots-declaration-1-image =
    The home page of the tax website.
    At the top right, the button to log in is circled.
impots-declaration-1-tip = The dates of the declaration are given every year on impots.gouv.fr.
impots-declaration-1-caution = A website that asks you for money to declare is a scam.

impots-declaration-2-title = Online or on paper
impots-declaration-2-text =
    As a rule, you declare your income online.
    You have no internet at home?
    Or the internet is too hard for you, because of age or a disability?
    Then you can declare on paper, with no fine.
    Ask your tax office for the paper form.
impots-declaration-2-image = A sheet of paper with a pencil.
impots-declaration-2-tip = On paper, the deadline comes a few days earlier.

impots-declaration-3-title = The automatic declaration
impots-declaration-3-text =
    Many households have an automatic declaration (« déclaration automatique »).
    The tax office tells you by e-mail or by post.
    Check carefully all the amounts already filled in.
    Is everything right and complete?
    Then your declaration is done, with nothing to sign.
    If not, correct it and sign it, as in the next steps.
impots-declaration-3-image = A sheet of paper with a tick.

impots-declaration-4-title = Get your numbers ready
impots-declaration-4-text =
    The first time, you need three numbers to create your space.
    Your tax number (« numéro fiscal »), which has 13 digits.
    Your online access number (« numéro d'accès en ligne »), which changes every year.
    Your reference tax income (« revenu fiscal de référence »).
    They are on your last tax return and on your last tax notice.
impots-declaration-4-image = A sheet of paper with written lines.
impots-declaration-4-tip = A tax notice (« avis d'impôt ») is the paper the tax office sends you every year.

impots-declaration-5-title = Log in
impots-declaration-5-text =
    The first time, after these numbers, you choose a password.
    Type your tax number and your password.
    The tax office may then send a secret code of 6 digits by e-mail.
    Open your mailbox and copy this code.
impots-declaration-5-image = An arrow goes in through a door.
impots-declaration-5-tip = To change your password, the website asks for your mobile phone.

impots-declaration-5b-title = Or log in with FranceConnect
impots-declaration-5b-text =
    You can also use the FranceConnect button.
    With FranceConnect, you log in with another account, for example ameli.
    Practise here with a fake account.
impots-declaration-5b-image =
    The login page of a public website.
    The FranceConnect button is circled.

impots-declaration-6-title = Open your declaration
impots-declaration-6-text =
    You are in your space.
    Look for the button to declare your income.
    Tap this button.
    Your declaration opens.
    First, check your address and your family situation.
impots-declaration-6-image = A sheet of paper with a pencil.
impots-declaration-6-tip = The online declaration is open in spring, usually from April to June.

impots-declaration-7-title = Check the amounts
impots-declaration-7-text =
    Most amounts are already filled in.
    For example, your salary or your pension.
    Compare them with your payslips or your pension papers.
    If an amount is wrong, tap the box and correct it.
    If some income is missing, add it.
impots-declaration-7-image = A list with ticked boxes.
impots-declaration-7-caution = A wrong amount can change your tax and some benefits.

impots-declaration-8-title = Sign your declaration
impots-declaration-8-text =
    At the end, read the summary of your declaration again.
    Tap the button to sign and send your declaration.
    An acknowledgement of receipt appears.
    It is the proof that your declaration has arrived.
    You also receive it by e-mail.
impots-declaration-8-image = A signature on a line.
impots-declaration-8-tip = Later, you can still correct your declaration online.

impots-declaration-9-title = It is done
impots-declaration-9-text =
    Well done, your declaration is sent.
    You checked the amounts, then you signed.
    Keep your acknowledgement of receipt safe.
    In summer, your tax notice will arrive in your space.
    Without the internet, there are other ways, by phone or in person.
impots-declaration-9-image = A hand with a thumbs up.

impots-declaration-road-phone =
    By phone, call the tax office on 0 809 401 401.
    It is open Monday to Friday, from 8:30 am to 7 pm.
    The call costs the price of a normal call.
impots-declaration-road-in-person =
    In person, go to your tax office or to a France Services centre.
    You can ask there for a paper declaration.
