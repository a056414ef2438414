# Tutorial: internet and websites. Plain English: one sentence per line.

internet-title = Internet and websites

internet-1-title = Open the browser
internet-1-text =
    To go on the internet, you use a browser.
    A browser is the program that opens websites.
    Its name is, for example, Chrome, Firefox, Safari or Edge.
    On a phone, tap its small picture to open it.
internet-1-image = A web browser window.
internet-1-tip = The browser is often already installed on your phone.

internet-2-title = Type the address of a website
internet-2-text =
    At the top of the screen, there is a long box.
    This is the address bar.
    Tap this box.
    Type the address of the website, for example impots.gouv.fr.
    Tap the key that confirms, at the bottom of the keyboard.
internet-2-image = A globe with the letters www.
internet-2-tip = On some phones, the address bar is at the bottom of the screen.

internet-3-title = Recognise a government website
internet-3-text =
    Look at the end of the website's name, in the address bar.
    French government websites end in .gouv.fr.
    For example: impots.gouv.fr or ants.gouv.fr.
    A website that ends in .gouv.fr really belongs to the State.
internet-3-image = A globe with a tick.
internet-3-caution = A fake website can have « gouv » in the middle of its name.

internet-4-title = Know other official websites
internet-4-text =
    Some public services have an address that ends only in .fr.
    These websites are official too.
    For health insurance (Assurance Maladie): ameli.fr.
    For family benefits: caf.fr.
    For work and job seekers: francetravail.fr.
internet-4-image = Public buildings.
internet-4-tip = Write these addresses on paper so you can find them easily.

internet-5-title = Look at the padlock
internet-5-text =
    Next to the address, look for a small padlock.
    The padlock means that what you send is hidden on the way.
    Nobody can read it on the way.
    If you see « Non sécurisé » (Not secure), do not type anything on this website.
internet-5-image =
    The top of a web page.
    The small padlock, at the start of the address, is circled.
internet-5-tip = In some browsers, a small settings picture replaces the padlock.

internet-6-title = Stay careful, even with a padlock
internet-6-text =
    Fake websites often have a padlock too.
    The padlock does not tell you if the website is honest.
    Always check the website's name in the address bar.
    For a public service, type the website's address yourself.
internet-6-image = A padlock with an exclamation mark.
internet-6-caution =
    A text message is a written message you receive on your phone.
    A link in a text message can open a fake website.

internet-7-title = Well done!
internet-7-text =
    You can type the address of a website.
    A government website ends in .gouv.fr.
    You also know ameli.fr, caf.fr and francetravail.fr.
    The padlock hides what you send on the way.
    It does not tell you if the website is honest.
internet-7-image = A hand with a thumbs up.
