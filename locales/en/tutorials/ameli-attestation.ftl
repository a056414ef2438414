# Tutorial: get the certificate of rights from ameli. Plain English: one sentence per line.

ameli-attestation-title = Assurance Maladie: get your certificate of rights

ameli-attestation-1-title = What the certificate of rights is for
ameli-attestation-1-text =
    The « attestation de droits » (certificate of rights) is a paper from the Assurance Maladie (health insurance).
    It proves that the Assurance Maladie pays back your care.
    A hospital or an employer may ask you for it.
    It is free.
    You can get it on ameli.fr, the Assurance Maladie website.
ameli-attestation-1-image = A sheet of paper with a seal.

ameli-attestation-2-title = Log in to your ameli account
ameli-attestation-2-text =
    Go to the ameli.fr website or open the ameli app.
    Tap the button to log in to your ameli account.
    Type your social security number and your password.
    Of the 15 digits on your « carte Vitale » (health insurance card), type only the first 13.
    You can also tap the button « S'identifier avec FranceConnect » (Log in with FranceConnect).
ameli-attestation-2-image = An arrow goes in through a door.
ameli-attestation-2-tip = Keep your password to yourself.

ameli-attestation-3-title = Type the security code
ameli-attestation-3-text =
    The website may then ask you for a security code.
    It is a secret code of 6 digits.
    Follow what the screen says to receive it.
    Type this code in the box, then confirm.
ameli-attestation-3-image = A key.
ameli-attestation-3-caution =
    Keep this code to yourself.
    The Assurance Maladie never asks for your codes on the phone or by e-mail.

ameli-attestation-4-title = Find « Attestation de droits »
ameli-attestation-4-text =
    In your account, look for « Attestation de droits » (Certificate of rights).
    It is in « Mes démarches » (My procedures).
    Tap « Attestation de droits ».
ameli-attestation-4-image =
    A page of your ameli account.
    The « Attestation de droits » button is circled.

ameli-attestation-5-title = Choose the person
ameli-attestation-5-text =
    Choose the person who needs the certificate.
    It is you, or a child registered on your account.
    Tap their name.
ameli-attestation-5-image = Two people.

ameli-attestation-6-title = Download the certificate
ameli-attestation-6-text =
    Tap the button to ask for the certificate.
    Then download it.
    Download means keeping a copy on your phone or your computer.
ameli-attestation-6-image = An arrow pointing down.

ameli-attestation-7-title = Print or show the certificate
ameli-attestation-7-text =
    You can print the certificate on paper.
    You can also show it on your phone screen.
    Or send it by e-mail, as an attachment.
ameli-attestation-7-image = A printer.
ameli-attestation-7-tip = A kiosk of the Assurance Maladie can also print your certificate.

ameli-attestation-8-title = Well done!
ameli-attestation-8-text =
    You have your certificate of rights.
    Remember: log in, the code, « Attestation de droits », download.
    You can ask for a new one at any time.
    Without the internet, there are other ways, by phone or in person.
ameli-attestation-8-image = A hand with a thumbs up.
ameli-attestation-8-caution =
    The certificate is free.
    A website that makes you pay for it is a scam.

ameli-attestation-road-phone =
    By phone, call the Assurance Maladie on 3646.
    Ask for your certificate.
    It comes to your home by post.
    The call costs the price of a normal call.
ameli-attestation-road-in-person =
    In person, go to an Assurance Maladie office or a France Services centre.
    At the Assurance Maladie office, a kiosk can print your certificate.
