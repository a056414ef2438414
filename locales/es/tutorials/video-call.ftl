# Pas à pas — Spanish. Translated from French (locales/fr/tutorials/video-call.ftl). Draft: to be reviewed by a native speaker.

video-call-title = Hacer una videollamada con su familia

video-call-1-title = Abrir la aplicación
video-call-1-text =
    En una videollamada, usted ve a la persona mientras habla.
    En su teléfono, abra una aplicación de videollamadas.
    Una aplicación es un programa de su teléfono.
    Elija una aplicación que su familia también usa, por ejemplo WhatsApp.
    Toque su imagen para abrirla.
video-call-1-image = Cuatro cuadrados, como las aplicaciones de un teléfono.
video-call-1-caution = Use el Wi-Fi si puede, porque una videollamada gasta muchos datos de internet.

video-call-2-title = Elegir a la persona
video-call-2-text =
    Busque la lista de sus contactos.
    Sus contactos son los números de personas guardados en su teléfono.
    Toque el nombre de la persona a la que quiere llamar.
video-call-2-image = Una agenda de direcciones.
video-call-2-tip = También puede buscar su nombre con la lupa.

video-call-3-title = Empezar la videollamada
video-call-3-text =
    Busque el botón con una pequeña cámara.
    Toque este botón.
    El teléfono llama a la persona.
    Espere a que conteste.
video-call-3-image =
    Un teléfono muestra a una persona y dos botones.
    El botón con una pequeña cámara está rodeado con un círculo.
video-call-3-tip = El botón con forma de teléfono hace una llamada sin imagen.

video-call-4-title = Colocarse bien
video-call-4-text =
    Sostenga el teléfono delante de su cara.
    Su imagen aparece en un pequeño recuadro.
    Póngase de cara a la luz, por ejemplo frente a una ventana.
    De espaldas a la ventana, no se ve bien su cara.
    Hable normal, porque el teléfono le oye.
video-call-4-image = Una cámara de fotos con una cara sonriente.
video-call-4-tip = Apoye el teléfono contra un objeto para descansar el brazo.

video-call-5-title = Colgar
video-call-5-text =
    Para terminar la llamada, busque el botón rojo.
    Toque el botón rojo.
    La llamada ha terminado.
video-call-5-image = Un teléfono con una cruz.
video-call-5-tip = Cuando su familia le llama, toque o deslice el botón verde para contestar.

video-call-6-title = ¡Muy bien!
video-call-6-text =
    Ya sabe hacer una videollamada.
    Abra la aplicación y después elija a la persona.
    Toque la cámara para llamar.
    El botón rojo termina la llamada.
    Puede ver a sus seres queridos, aunque estén lejos.
video-call-6-image = Un grupo de personas.
