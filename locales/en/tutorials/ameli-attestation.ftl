# Tutorial: get the certificate of rights on ameli. Plain English: one sentence per line.

ameli-attestation-title = ameli: get your certificate of rights

ameli-attestation-1-title = What the certificate of rights is for
ameli-attestation-1-text =
    The « attestation de droits » (certificate of rights) is a paper from the health insurance.
    It proves that the health insurance pays back your medical costs.
    A hospital, a top-up health insurer or an employer may ask you for it.
    You can get it for free on ameli.fr.
    ameli is the website of the French health insurance, « l'Assurance maladie ».
ameli-attestation-1-image = A sheet of paper with a seal.

ameli-attestation-2-title = Log in to your ameli account
ameli-attestation-2-text =
    Go to the ameli.fr website or open the ameli app.
    Tap the button to log in to your ameli account.
    Type your social security number and your password.
    This number is written on your « carte Vitale » (health insurance card).
    You can also tap the button « S'identifier avec FranceConnect » (Log in with FranceConnect).
ameli-attestation-2-image = An arrow goes in through a door.
ameli-attestation-2-tip = Your password is secret: keep it to yourself.

ameli-attestation-3-title = Find « Attestation de droits »
ameli-attestation-3-text =
    In your account, look for « Attestation de droits » (certificate of rights).
    It is often in « Mes démarches » (My procedures).
    Tap « Attestation de droits ».
ameli-attestation-3-image = A sheet of paper and a magnifying glass.

ameli-attestation-4-title = Choose the person
ameli-attestation-4-text =
    Choose the person who needs the certificate.
    It is you, or a child registered on your account.
    Tap their name.
ameli-attestation-4-image = Two people.

ameli-attestation-5-title = Download the certificate
ameli-attestation-5-text =
    Choose to download the certificate.
    Download means: keep a copy on your phone or your computer.
    You can also receive the certificate by e-mail.
ameli-attestation-5-image = An arrow pointing down.

ameli-attestation-6-title = Print or show the certificate
ameli-attestation-6-text =
    You can print the certificate on paper.
    You can also show it on the screen of your phone.
    Or send it by e-mail to the person who asks for it.
ameli-attestation-6-image = A printer.
ameli-attestation-6-tip = A library or a France Services office often has a printer.

ameli-attestation-7-title = Well done!
ameli-attestation-7-text =
    You have your certificate of rights.
    Remember: log in, « Attestation de droits », choose the person, download.
    You can ask for a new one at any time.
ameli-attestation-7-image = A hand with a thumbs up.
ameli-attestation-7-caution = The certificate is free: never pay a website to get it.
