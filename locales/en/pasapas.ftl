# Pas à pas — English. Translated from French (locales/fr/pasapas.ftl), in plain English:
# one idea per sentence, common words.

## Application

app-title = Pas à pas

## Welcome screen

welcome-title = Welcome
welcome-touch = Touch your language to start.
welcome-choose = Choose your language.
welcome-languages = Languages of this kiosk
welcome-forget = The kiosk forgets everything when you leave.

## Home screen

home-title = What do you want to do?
home-intro = Touch a large button.
home-help = How to use the kiosk
home-agent = You can also ask a member of staff for help.

## Help: how to use the kiosk

help-title = How to use the kiosk
help-tap = Touch a button only once.
help-home = The “{ toolbar-home }” button goes back to the start.
help-back = The “{ toolbar-back }” button goes back to the screen before.
help-language = The “{ toolbar-language }” button changes the language.
help-text-size = The “{ toolbar-text-size }” button makes the letters bigger.
help-contrast = The “{ toolbar-contrast }” button makes the screen easier to see.
help-read-aloud = The “{ toolbar-read-aloud }” button reads every screen.
help-repeat = The “{ toolbar-repeat }” button reads this screen again.
help-finish = The “{ toolbar-finish }” button erases everything for the next person.
help-forget = { $minutes ->
    [one] If nobody touches the screen for { $minutes } minute, the kiosk erases everything.
   *[other] If nobody touches the screen for { $minutes } minutes, the kiosk erases everything.
}

## Toolbar, at the top of every screen

toolbar-label = Kiosk buttons
toolbar-home = Home
toolbar-back = Back
toolbar-language = Language
toolbar-text-size = Text size
toolbar-text-size-state = { $percent ->
    [150] Large
    [200] Very large
   *[other] Normal
}
toolbar-contrast = High contrast
toolbar-read-aloud = Read aloud
toolbar-repeat = Listen to this screen
toolbar-finish = I have finished

## Language choice

language-title = Choose your language
dialog-close = Close

## I have finished: erase everything

finish-title = Have you finished?
finish-erase = The kiosk will erase everything.
finish-next = The next person will see nothing.
finish-confirm = Yes, erase everything
finish-cancel = No, I want to continue

## Nobody touches the screen

idle-title = Are you still there?
idle-touch = Touch the screen to continue.
idle-countdown = { $seconds ->
    [one] The kiosk erases everything in { $seconds } second.
   *[other] The kiosk erases everything in { $seconds } seconds.
}
idle-continue = I want to continue

## Read aloud

speech-no-voice = This kiosk cannot read aloud in this language.

## The kiosk restarts after a problem

restart-title = The kiosk is restarting.
restart-wait = Please wait a moment.

## Unknown screen

notfound-title = This screen does not exist.
notfound-home = Go back to the home screen
