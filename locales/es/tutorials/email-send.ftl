# Pas à pas — Spanish. Translated from French (locales/fr/tutorials/email-send.ftl). Draft: to be reviewed by a native speaker.

email-send-title = Leer y enviar un correo con una foto

email-send-1-title = Abrir la bandeja de entrada
email-send-1-text =
    Abra su correo en su teléfono o en una computadora.
    La primera página se llama «Boîte de réception» (bandeja de entrada).
    Muestra los mensajes que ha recibido.
    El mensaje más reciente está arriba en la lista.
email-send-1-image = Una bandeja para guardar el correo recibido.
email-send-1-tip = Si un mensaje no llega, mire en la carpeta «Spam» o «Courrier indésirable» (no deseado).

email-send-2-title = Leer un mensaje
email-send-2-text =
    Los mensajes que todavía no ha leído están en negrita, más oscuros.
    Toque un mensaje para abrirlo.
    Ve quién lo envía, su asunto y su texto.
    Para volver a la lista, toque la flecha que vuelve atrás.
email-send-2-image = Un sobre abierto.
email-send-2-caution = Un mensaje que le pide sus códigos o dinero suele ser una estafa.

email-send-3-title = Empezar un mensaje nuevo
email-send-3-text =
    Busque el botón para escribir un mensaje nuevo.
    En Gmail, se llama «Nouveau message» (mensaje nuevo).
    En otros sitios, su nombre cambia un poco.
    Toque este botón.
    Se abre una página vacía para escribir.
email-send-3-image = Un sobre con un signo más.

email-send-4-title = Escribir la dirección y el asunto
email-send-4-text =
    En la casilla «À» (para), escriba la dirección de correo de la persona.
    En la casilla «Objet» (asunto), escriba el tema en pocas palabras.
    Por ejemplo: «Ma facture d'électricité» (mi factura de la luz).
email-send-4-image = El signo arroba: @.
email-send-4-caution =
    Compruebe la dirección letra por letra.
    Con un error, el mensaje puede llegar a un desconocido.

email-send-4b-title = Escribir el mensaje
email-send-4b-text =
    En la casilla grande, escriba su mensaje.
    Empiece con «Bonjour» (buenos días).
    Termine con su nombre y su apellido.
email-send-4b-image = Un lápiz que escribe.

email-send-5-title = Adjuntar una foto o un papel
email-send-5-text =
    Un archivo adjunto es una foto o un documento añadido al mensaje.
    Por ejemplo, la foto de un papel.
    Para adjuntar, toque el botón con un clip.
    Elija la foto entre sus imágenes.
    Para probar aquí, toque «Adjuntar un archivo» y después elija una foto.
email-send-5-image =
    Un correo que se está escribiendo.
    El botón con un clip está rodeado con un círculo.
email-send-5-tip = Saque la foto con el papel sobre una mesa, con mucha luz.

email-send-6-title = Enviar el mensaje
email-send-6-text =
    El nombre de la foto aparece en el mensaje.
    Eso quiere decir que el archivo adjunto está bien añadido.
    Toque el botón «Envoyer» (enviar).
    El mensaje sale enseguida.
email-send-6-image = Un avión de papel.
email-send-6-tip = Después encontrará el mensaje en la carpeta de mensajes enviados.

email-send-7-title = ¡Muy bien!
email-send-7-text =
    Ya sabe abrir y leer sus mensajes.
    Sabe escribir un mensaje nuevo.
    Sabe adjuntar una foto con el clip.
    Sabe enviar el mensaje con el botón «Envoyer» (enviar).
    Puede enviar un papel a alguien que se lo pide.
email-send-7-image = Una mano con el pulgar hacia arriba.
